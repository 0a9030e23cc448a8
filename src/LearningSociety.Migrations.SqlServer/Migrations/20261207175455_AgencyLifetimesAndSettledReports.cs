using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningSociety.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AgencyLifetimesAndSettledReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExcuseReason",
                table: "Reports",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExcusedAt",
                table: "Reports",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExcusedBy",
                table: "Reports",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClosedAt",
                table: "ReportingPeriods",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SuccessorId",
                table: "Agencies",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidFrom",
                table: "Agencies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidTo",
                table: "Agencies",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_SuccessorId",
                table: "Agencies",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_ValidTo",
                table: "Agencies",
                column: "ValidTo");

            migrationBuilder.AddForeignKey(
                name: "FK_Agencies_Agencies_SuccessorId",
                table: "Agencies",
                column: "SuccessorId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Agencies_Agencies_SuccessorId",
                table: "Agencies");

            migrationBuilder.DropIndex(
                name: "IX_Agencies_SuccessorId",
                table: "Agencies");

            migrationBuilder.DropIndex(
                name: "IX_Agencies_ValidTo",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "ExcuseReason",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ExcusedAt",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ExcusedBy",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "ReportingPeriods");

            migrationBuilder.DropColumn(
                name: "SuccessorId",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                table: "Agencies");

            migrationBuilder.DropColumn(
                name: "ValidTo",
                table: "Agencies");
        }
    }
}
