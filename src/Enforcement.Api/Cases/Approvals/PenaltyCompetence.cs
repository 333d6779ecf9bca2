using System.Text.Json;

namespace Enforcement.Api.Cases.Approvals;

/// <summary>A role's competence to fine (thẩm quyền xử phạt) for an individual, with its legal basis.</summary>
internal sealed record Competence(string Role, Dictionary<string, string> Title, long MaxFineVnd, string Basis);

/// <summary>Who is competent when no role of the product is (e.g. the Chairman of the Provincial People's Committee).</summary>
internal sealed record BeyondCompetence(Dictionary<string, string> Title, string Basis);

/// <summary>
/// The competence table (penalty-competence.json, embedded) read and checked at start-up: who may approve a penalty decision.
/// Competence is judged against the maximum of the violation's fine band (Law on Handling Administrative Violations, Art. 52),
/// an organisation's competence being doubled like its fines.
/// </summary>
internal sealed class PenaltyCompetence
{
    public const string Resource = "penalty-competence.json";

    private sealed record FileShape(bool Verified, int OrganisationMultiplier, List<Competence>? Roles, BeyondCompetence? Beyond);

    private PenaltyCompetence(FileShape file)
    {
        Verified = file.Verified;
        OrganisationMultiplier = file.OrganisationMultiplier;
        Roles = file.Roles!.OrderBy(r => r.MaxFineVnd).ToList();
        Beyond = file.Beyond!;
    }

    /// <summary>Whether the file's figures were checked against the law's official text.</summary>
    public bool Verified { get; }
    public int OrganisationMultiplier { get; }

    /// <summary>Lowest competence first.</summary>
    public IReadOnlyList<Competence> Roles { get; }
    public BeyondCompetence Beyond { get; }

    public Competence? Of(string role) => Roles.FirstOrDefault(r => r.Role == role);

    /// <summary>What a role may fine: its figure, doubled for an organisation.</summary>
    public long Limit(Competence c, bool organisation) => organisation ? c.MaxFineVnd * OrganisationMultiplier : c.MaxFineVnd;

    /// <summary>The least role whose competence covers <paramref name="amountVnd"/>; null when none does.</summary>
    public Competence? LeastCompetent(long amountVnd, bool organisation) => Roles.FirstOrDefault(r => Limit(r, organisation) >= amountVnd);

    public static PenaltyCompetence Load()
    {
        using var stream = typeof(PenaltyCompetence).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource '{Resource}' is missing.");
        return Parse(stream, Resource);
    }

    /// <summary>Reads a competence file; anything wrong is one exception naming the file and every problem.</summary>
    public static PenaltyCompetence Parse(Stream json, string name)
    {
        FileShape? file;
        try
        {
            file = JsonSerializer.Deserialize<FileShape>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{name} is invalid: {e.Message}", e);
        }
        var problems = file is null ? ["empty file"] : Check(file);
        if (problems.Count > 0) throw new InvalidOperationException($"{name} is invalid:\n  " + string.Join("\n  ", problems));
        return new PenaltyCompetence(file!);
    }

    private static List<string> Check(FileShape file)
    {
        var problems = new List<string>();
        if (file.OrganisationMultiplier < 1) problems.Add("organisationMultiplier must be 1 or more");
        if (file.Roles is not { Count: > 0 }) problems.Add("no roles");
        foreach (var dup in (file.Roles ?? []).GroupBy(r => r.Role).Where(g => g.Count() > 1)) problems.Add($"duplicate role '{dup.Key}'");
        foreach (var r in file.Roles ?? [])
        {
            if (!Identity.Roles.All.Contains(r.Role)) problems.Add($"'{r.Role}' is not a role of the product ({string.Join(", ", Identity.Roles.All)})");
            if (r.MaxFineVnd <= 0) problems.Add($"'{r.Role}': maxFineVnd must be positive");
            if (r.Title is null || !r.Title.ContainsKey("vi")) problems.Add($"'{r.Role}': needs a Vietnamese title");
            if (string.IsNullOrWhiteSpace(r.Basis)) problems.Add($"'{r.Role}': needs its legal basis");
        }
        if (file.Beyond?.Title is null || !file.Beyond.Title.ContainsKey("vi") || string.IsNullOrWhiteSpace(file.Beyond.Basis))
            problems.Add("beyond: needs the Vietnamese title and legal basis of whoever is competent above every role");
        return problems;
    }
}
