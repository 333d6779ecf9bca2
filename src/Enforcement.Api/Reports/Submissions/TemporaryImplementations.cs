// TEMPORARY (branch reports-submissions): stand-ins for IReportFigures and IReportOutputs, written in parallel by other
// helpers. Registered with TryAdd only; the lead deletes this file (and its call in Program.cs) at merge.
using System.Text;
using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Reports.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Enforcement.Api.Reports.Submissions;

internal static class TemporaryReportImplementations
{
    public static IServiceCollection AddTemporaryReportImplementations(this IServiceCollection services)
    {
        services.TryAddScoped<IReportFigures, TemporaryReportFigures>();
        services.TryAddSingleton<IReportOutputs, TemporaryReportOutputs>();
        return services;
    }
}

/// <summary>Counts the period's violation records and sums their goods value; every other figure is zero.</summary>
internal sealed class TemporaryReportFigures(EnforcementDbContext db, TimeProvider clock) : IReportFigures
{
    public async Task<ReportFigures> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var (from, to) = (period.From, period.To);
        var rows = await db.ViolationRecords.AsNoTracking().Where(r => r.RecordDate >= from && r.RecordDate <= to)
            .Select(r => r.GoodsValueVnd).ToListAsync(ct);
        var none = new HandoffCounts(0, 0, 0, 0, 0, 0, null, []);
        var comparison = new PeriodComparison(period.Previous.ToString(), 0, 0, 0, 0, 0, null, null);
        return new ReportFigures(period.Kind, period.ToString(), from, to, clock.GetUtcNow().UtcDateTime,
            new ViolationFigures(rows.Count, 0, 0, 0, 0, 0, rows.Sum(), [], [], [], [], []),
            new ComplaintFigures(0, [], [], 0, 0, null, null, 0, []),
            new HandoffFigures(none, none, none), comparison, comparison with { Period = period.SameLastYear.ToString() },
            new TargetStatus("on_track", "", period.Year, 0, 0, 0, 0, 0, 10), [], []);
    }
}

/// <summary>Every format is the figures' JSON as UTF-8 bytes, prefixed by the format's name.</summary>
internal sealed class TemporaryReportOutputs : IReportOutputs
{
    public Task<ReportFile> RenderAsync(ReportFigures figures, string format, CancellationToken ct)
    {
        var text = $"{format}\n{JsonSerializer.Serialize(figures with { GeneratedAt = default }, JsonSerializerOptions.Web)}";
        var type = format switch { "csv" => "text/csv", "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _ => "application/pdf" };
        return Task.FromResult(new ReportFile(type, $"bao-cao-{figures.Period}.{format}", Encoding.UTF8.GetBytes(text)));
    }
}
