using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scheduler.Api.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Quality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Details = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    StaffId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CallRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CallId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    OfferedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ListenerId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobWatermarks",
                columns: table => new
                {
                    Job = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ProcessedUntil = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobWatermarks", x => x.Job);
                });

            migrationBuilder.CreateTable(
                name: "SlaIntervals",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Start = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    LocalStart = table.Column<TimeOnly>(type: "time", nullable: false),
                    Offered = table.Column<int>(type: "int", nullable: false),
                    Answered = table.Column<int>(type: "int", nullable: false),
                    AnsweredWithinTarget = table.Column<int>(type: "int", nullable: false),
                    Abandoned = table.Column<int>(type: "int", nullable: false),
                    ShortAbandoned = table.Column<int>(type: "int", nullable: false),
                    ExcludedShortAbandoned = table.Column<int>(type: "int", nullable: false),
                    WaitSeconds = table.Column<double>(type: "float", nullable: false),
                    HandlingSeconds = table.Column<double>(type: "float", nullable: false),
                    HandledSecondsInInterval = table.Column<double>(type: "float", nullable: false),
                    OnDutyListenerSeconds = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaIntervals", x => new { x.Start, x.Channel });
                });

            migrationBuilder.CreateTable(
                name: "SlaReports",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Offered = table.Column<int>(type: "int", nullable: false),
                    Answered = table.Column<int>(type: "int", nullable: false),
                    AnsweredWithinTarget = table.Column<int>(type: "int", nullable: false),
                    Abandoned = table.Column<int>(type: "int", nullable: false),
                    ShortAbandoned = table.Column<int>(type: "int", nullable: false),
                    ExcludedShortAbandoned = table.Column<int>(type: "int", nullable: false),
                    WaitSeconds = table.Column<double>(type: "float", nullable: false),
                    HandlingSeconds = table.Column<double>(type: "float", nullable: false),
                    HandledSecondsInInterval = table.Column<double>(type: "float", nullable: false),
                    OnDutyListenerSeconds = table.Column<double>(type: "float", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaReports", x => new { x.Kind, x.Start, x.Channel });
                });

            migrationBuilder.CreateTable(
                name: "TrainingModules",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DurationDays = table.Column<int>(type: "int", nullable: false),
                    ValidityMonths = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingModules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingCompletions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StaffId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ModuleId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCompletions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingCompletions_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingCompletions_TrainingModules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "TrainingModules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_Key",
                table: "Alerts",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_RaisedAt",
                table: "Alerts",
                column: "RaisedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecords_CallId",
                table: "CallRecords",
                column: "CallId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallRecords_OfferedAt",
                table: "CallRecords",
                column: "OfferedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SlaIntervals_Channel_Date",
                table: "SlaIntervals",
                columns: new[] { "Channel", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCompletions_ModuleId",
                table: "TrainingCompletions",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCompletions_StaffId_ModuleId_CompletedOn",
                table: "TrainingCompletions",
                columns: new[] { "StaffId", "ModuleId", "CompletedOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "CallRecords");

            migrationBuilder.DropTable(
                name: "JobWatermarks");

            migrationBuilder.DropTable(
                name: "SlaIntervals");

            migrationBuilder.DropTable(
                name: "SlaReports");

            migrationBuilder.DropTable(
                name: "TrainingCompletions");

            migrationBuilder.DropTable(
                name: "TrainingModules");
        }
    }
}
