using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.Migrations
{
    /// <inheritdoc />
    public partial class Import_ResumableRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CompleteDataSet",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ConflictId",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilePath",
                table: "ImportRuns",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HeartbeatAtUtc",
                table: "ImportRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MappingJson",
                table: "ImportRuns",
                type: "TEXT",
                maxLength: 16000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Owner",
                table: "ImportRuns",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Uploaded",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_Status",
                table: "ImportRuns",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ImportRuns_Status",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "CompleteDataSet",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "ConflictId",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "FilePath",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "HeartbeatAtUtc",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "MappingJson",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "Owner",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "Uploaded",
                table: "ImportRuns");
        }
    }
}
