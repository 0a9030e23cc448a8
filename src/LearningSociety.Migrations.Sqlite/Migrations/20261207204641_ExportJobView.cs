using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningSociety.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExportJobView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CurrentUnits",
                table: "ExportJobs",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CurrentUnits",
                table: "ExportJobs");
        }
    }
}
