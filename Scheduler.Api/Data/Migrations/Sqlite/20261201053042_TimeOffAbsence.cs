using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Scheduler.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TimeOffAbsence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AbsenceId",
                table: "TimeOffRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimeOffRequests_AbsenceId",
                table: "TimeOffRequests",
                column: "AbsenceId");

            // Requests approved before the link: their absence is the one of the same person, days and kind.
            migrationBuilder.Sql("UPDATE \"TimeOffRequests\" SET \"AbsenceId\" = (SELECT MIN(a.\"Id\") FROM \"Absences\" AS a WHERE a.\"StaffId\" = \"TimeOffRequests\".\"StaffId\" AND a.\"From\" = \"TimeOffRequests\".\"From\" AND a.\"To\" = \"TimeOffRequests\".\"To\" AND a.\"Kind\" = \"TimeOffRequests\".\"Kind\") WHERE \"Status\" = 'Approved'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TimeOffRequests_AbsenceId",
                table: "TimeOffRequests");

            migrationBuilder.DropColumn(
                name: "AbsenceId",
                table: "TimeOffRequests");
        }
    }
}
