using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Reference;

internal sealed record WardInfo(string Code, string ProvinceCode, string Name);

internal sealed record AdministrativeUnits(
    IReadOnlyDictionary<string, string> ProvinceNames,
    IReadOnlyDictionary<string, WardInfo> Wards,
    IReadOnlyList<(string Code, string Name)> Provinces,
    IReadOnlyDictionary<string, IReadOnlyList<WardInfo>> WardsByProvince)
{
    /// <summary>A province's communes and wards in Vietnamese alphabetical order (sorted once, at load).</summary>
    public IReadOnlyList<WardInfo> WardsOf(string province) => WardsByProvince.TryGetValue(province, out var w) ? w : [];
}

/// <summary>The 34 provinces and 3,321 communes/wards, read once from the database; they change only with a new revision.</summary>
internal sealed class AdministrativeUnitsCache(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private static readonly StringComparer Vietnamese = StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false);
    private AdministrativeUnits? _units;

    public async ValueTask<AdministrativeUnits> GetAsync(CancellationToken ct)
    {
        if (_units is not null) return _units;
        await _gate.WaitAsync(ct);
        try
        {
            if (_units is not null) return _units;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Name }).ToListAsync(ct);
            var wards = await db.Wards.AsNoTracking().Select(w => new WardInfo(w.Code, w.ProvinceCode, w.Name)).ToListAsync(ct);
            _units = new AdministrativeUnits(
                provinces.ToDictionary(p => p.Code, p => p.Name),
                wards.ToDictionary(w => w.Code),
                provinces.Select(p => (p.Code, p.Name)).ToList(),
                wards.GroupBy(w => w.ProvinceCode).ToDictionary(g => g.Key, g => (IReadOnlyList<WardInfo>)g.OrderBy(w => w.Name, Vietnamese).ToList()));
            return _units;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _units = null;
}
