using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scheduler.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Solves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SolveRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Weeks = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeLimitSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    Workers = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferenceRotaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PinUnchanged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BestObjective = table.Column<double>(type: "REAL", nullable: true),
                    BestBound = table.Column<double>(type: "REAL", nullable: true),
                    Gap = table.Column<double>(type: "REAL", nullable: true),
                    ElapsedSeconds = table.Column<double>(type: "REAL", nullable: true),
                    CancelRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    FireInstanceId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    RotaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangesJson = table.Column<string>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SolveRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SolveRuns_CreatedAt",
                table: "SolveRuns",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SolveRuns");
        }
    }
}
