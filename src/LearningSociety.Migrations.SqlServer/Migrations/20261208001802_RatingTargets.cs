using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningSociety.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RatingTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RatingLevels",
                table: "Targets",
                type: "nvarchar(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ratings",
                table: "ReportTargetValues",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RatingLevels",
                table: "Targets");

            migrationBuilder.DropColumn(
                name: "Ratings",
                table: "ReportTargetValues");
        }
    }
}
