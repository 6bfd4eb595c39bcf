using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CeasefireTracker.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Pg_Import_ResumableRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CompleteDataSet",
                table: "ImportRuns",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ConflictId",
                table: "ImportRuns",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilePath",
                table: "ImportRuns",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HeartbeatAtUtc",
                table: "ImportRuns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MappingJson",
                table: "ImportRuns",
                type: "character varying(16000)",
                maxLength: 16000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Owner",
                table: "ImportRuns",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Uploaded",
                table: "ImportRuns",
                type: "boolean",
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
