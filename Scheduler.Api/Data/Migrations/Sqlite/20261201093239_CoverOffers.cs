using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scheduler.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoverOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoverOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoverOffers_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoverVolunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverVolunteers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoverVolunteers_CoverOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "CoverOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoverVolunteers_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoverOffers_AssignmentId",
                table: "CoverOffers",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverOffers_Status_AssignmentId",
                table: "CoverOffers",
                columns: new[] { "Status", "AssignmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_CoverVolunteers_OfferId_StaffId",
                table: "CoverVolunteers",
                columns: new[] { "OfferId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoverVolunteers_StaffId",
                table: "CoverVolunteers",
                column: "StaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoverVolunteers");

            migrationBuilder.DropTable(
                name: "CoverOffers");
        }
    }
}
