using System.Security.Cryptography;
using System.Text.Json;
using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Reference;

/// <summary>
/// Loads the administrative units file (GSO codes, two-level government from 2025-07-01) into the database.
/// A revision is identified by the file's hash: a new file adds and renames units, and never deletes one
/// that complaints still point at.
/// </summary>
internal static class AdministrativeUnitsLoader
{
    public const string DataSet = "vn-administrative-units";

    private sealed record ProvinceFile(string Code, string FullName, List<WardFile> Wards);
    private sealed record WardFile(string Code, string FullName, string ProvinceCode);

    public static async Task<bool> LoadAsync(EnforcementDbContext db, Stream json, TimeProvider clock, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await json.CopyToAsync(buffer, ct);
        var revision = Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()))[..16];
        var current = await db.ReferenceDataRevisions.FindAsync([DataSet], ct);
        if (current?.Revision == revision) return false;

        buffer.Position = 0;
        var provinces = await JsonSerializer.DeserializeAsync<List<ProvinceFile>>(buffer, cancellationToken: ct)
            ?? throw new InvalidDataException("Empty administrative units file.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existingProvinces = await db.Provinces.ToDictionaryAsync(p => p.Code, ct);
        var existingWards = await db.Wards.ToDictionaryAsync(w => w.Code, ct);
        foreach (var p in provinces)
        {
            if (existingProvinces.TryGetValue(p.Code, out var province)) province.Name = p.FullName;
            else db.Provinces.Add(new Province { Code = p.Code, Name = p.FullName });
            foreach (var w in p.Wards)
            {
                if (existingWards.TryGetValue(w.Code, out var ward)) { ward.Name = w.FullName; ward.ProvinceCode = p.Code; }
                else db.Wards.Add(new Ward { Code = w.Code, ProvinceCode = p.Code, Name = w.FullName });
            }
        }
        if (current is null) db.ReferenceDataRevisions.Add(new ReferenceDataRevision { DataSet = DataSet, Revision = revision, LoadedAt = clock.GetUtcNow().UtcDateTime });
        else { current.Revision = revision; current.LoadedAt = clock.GetUtcNow().UtcDateTime; }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public static Stream OpenEmbedded() =>
        typeof(AdministrativeUnitsLoader).Assembly.GetManifestResourceStream("vn-administrative-units.json")
        ?? throw new InvalidOperationException("The administrative units file is not embedded.");
}
