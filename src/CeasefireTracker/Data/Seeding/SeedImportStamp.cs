using System.Security.Cryptography;
using System.Text;

namespace CeasefireTracker.Data.Seeding;

/// <summary>
/// A seed folder content that was imported in full into this store. Start-up skips reading the seed files again
/// while their content hashes to a stamped value; any change to any file of the folder means a full import.
/// </summary>
public class SeedImportStamp
{
    public int Id { get; set; }

    /// <summary>SHA-256 (hex) over the relative path and bytes of every file in the seed folder; see <see cref="ComputeHash"/>.</summary>
    public required string ContentHash { get; set; }

    public int FileCount { get; set; }

    public int RecordsAdded { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    /// <summary>
    /// Hashes every file under the folder (the seed JSON and the source texts it cites), in ordinal order of the
    /// relative path, so a renamed, added, removed or edited file gives a different hash.
    /// </summary>
    public static (string Hash, int FileCount) ComputeHash(string directory)
    {
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(directory, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (full, relative) in files)
        {
            var content = File.ReadAllBytes(full);
            // Name and length delimit each file, so moving bytes from one file to the next changes the hash.
            hash.AppendData(Encoding.UTF8.GetBytes($"{relative}\0{content.Length}\0"));
            hash.AppendData(content);
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), files.Count);
    }
}

public class SeedImportStampConfiguration : IEntityTypeConfiguration<SeedImportStamp>
{
    public void Configure(EntityTypeBuilder<SeedImportStamp> builder)
    {
        builder.ToTable("SeedImportStamps");
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.HasIndex(s => s.ContentHash).IsUnique();
    }
}
