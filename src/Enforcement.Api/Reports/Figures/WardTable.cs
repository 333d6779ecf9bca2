namespace Enforcement.Api.Reports.Figures;

/// <summary>The table by commune/ward: every ward with a record, a fine or a complaint in the period, most records first.</summary>
internal static class WardTable
{
    public static IReadOnlyList<WardRow> Build(IReadOnlyList<ViolationSlice> slices, IReadOnlyList<ComplaintSection.Received> received,
        IReadOnlyDictionary<string, string> wardNames)
    {
        var codes = slices.Where(s => s.WardCode is not null).Select(s => s.WardCode!).Union(received.Select(r => r.WardCode)).Distinct();
        return codes.Select(code =>
            {
                var here = slices.Where(s => s.WardCode == code).ToList();
                return new WardRow(code, wardNames.GetValueOrDefault(code) ?? ReportLabels.Unknown,
                    here.Sum(s => s.Records), here.Where(s => s.Targeted).Sum(s => s.Records), here.Sum(s => s.FinesImposedVnd),
                    here.Sum(s => s.GoodsValueVnd), received.Where(r => r.WardCode == code).Sum(r => r.Count));
            })
            .Where(r => r.Records > 0 || r.FinesImposedVnd > 0 || r.GoodsValueVnd > 0 || r.ComplaintsReceived > 0)
            .OrderByDescending(r => r.Records).ThenByDescending(r => r.ComplaintsReceived).ThenBy(r => r.WardCode, StringComparer.Ordinal).ToList();
    }
}
