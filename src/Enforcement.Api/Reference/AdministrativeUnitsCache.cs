using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Reference;

internal sealed record WardInfo(string Code, string ProvinceCode, string Name);

internal sealed record AdministrativeUnits(
    IReadOnlyDictionary<string, string> ProvinceNames,
    IReadOnlyDictionary<string, WardInfo> Wards,
    IReadOnlyList<(string Code, string Name)> Provinces);

/// <summary>The 34 provinces and 3,321 communes/wards, read once from the database; they change only with a new revision.</summary>
internal sealed class AdministrativeUnitsCache(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
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
                provinces.Select(p => (p.Code, p.Name)).ToList());
            return _units;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _units = null;
}
