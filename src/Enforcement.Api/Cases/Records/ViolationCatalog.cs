using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Cases.Records;

/// <summary>A violation (hành vi vi phạm) of Decree 98/2020/NĐ-CP at the granularity of a clause, with its fine band for an individual.</summary>
internal sealed record Violation(string Code, string Decree, int Article, int Clause, Dictionary<string, string> Title, string GoodsCategory,
    long FineMinVnd, long FineMaxVnd)
{
    /// <summary>An organisation's fine is twice an individual's (Decree 98/2020, Art. 4).</summary>
    public (long Min, long Max) FineRange(string offenderType, int organisationMultiplier) =>
        offenderType == OffenderTypes.Organisation ? (FineMinVnd * organisationMultiplier, FineMaxVnd * organisationMultiplier) : (FineMinVnd, FineMaxVnd);
}

/// <summary>
/// The decree's violations, read from decree-98-2020.json (embedded) and checked at start-up: the option source
/// "violations" of the enforcement process, labelled "Điều 11 khoản 1 – …".
/// </summary>
internal sealed partial class ViolationCatalog : IFieldOptionSource
{
    public const string SourceName = "violations";
    private const string Resource = "decree-98-2020.json";

    private sealed record FileShape(string Decree, bool Verified, int OrganisationMultiplier, List<Violation> Violations);

    private readonly Dictionary<string, Violation> _byCode;

    private ViolationCatalog(FileShape file)
    {
        Verified = file.Verified;
        OrganisationMultiplier = file.OrganisationMultiplier;
        _byCode = file.Violations.ToDictionary(v => v.Code, StringComparer.Ordinal);
        Options = file.Violations.Select(v => new FieldOption(v.Code, new Dictionary<string, string>
        {
            ["vi"] = string.Create(CultureInfo.InvariantCulture, $"Điều {v.Article} khoản {v.Clause} – {v.Title["vi"]}"),
            ["en"] = string.Create(CultureInfo.InvariantCulture, $"Art. {v.Article}({v.Clause}) – {v.Title.GetValueOrDefault("en", v.Title["vi"])}"),
        })).ToList();
    }

    public string Name => SourceName;
    public IReadOnlyList<FieldOption> Options { get; }

    /// <summary>Whether the file's figures were checked against the decree's official text.</summary>
    public bool Verified { get; }
    public int OrganisationMultiplier { get; }
    public IReadOnlyCollection<Violation> All => _byCode.Values;

    public Violation? Find(string code) => _byCode.GetValueOrDefault(code);

    public static ViolationCatalog Load()
    {
        using var stream = typeof(ViolationCatalog).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource '{Resource}' is missing.");
        var file = JsonSerializer.Deserialize<FileShape>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{Resource}: empty file.");
        var problems = Check(file);
        if (problems.Count > 0) throw new InvalidOperationException($"{Resource} is invalid:\n  " + string.Join("\n  ", problems));
        return new ViolationCatalog(file);
    }

    private static List<string> Check(FileShape file)
    {
        var problems = new List<string>();
        if (file.OrganisationMultiplier < 1) problems.Add("organisationMultiplier must be 1 or more");
        if (file.Violations is not { Count: > 0 }) problems.Add("no violations");
        foreach (var dup in (file.Violations ?? []).GroupBy(v => v.Code).Where(g => g.Count() > 1)) problems.Add($"duplicate code '{dup.Key}'");
        foreach (var v in file.Violations ?? [])
        {
            if (v.Code is null || !CodePattern().IsMatch(v.Code) || v.Code != $"nd98-d{v.Article}-k{v.Clause}")
                problems.Add($"'{v.Code}': the code must be nd98-d<article>-k<clause>");
            if (v.Title is null || !v.Title.ContainsKey("vi")) problems.Add($"'{v.Code}': needs a Vietnamese title");
            if (!GoodsCategories.All.Contains(v.GoodsCategory)) problems.Add($"'{v.Code}': unknown goods category '{v.GoodsCategory}'");
            if (v.FineMinVnd <= 0 || v.FineMaxVnd < v.FineMinVnd) problems.Add($"'{v.Code}': the fine range must be positive with min ≤ max");
        }
        return problems;
    }

    [GeneratedRegex("^nd98-d[0-9]+-k[0-9]+$")]
    private static partial Regex CodePattern();
}
