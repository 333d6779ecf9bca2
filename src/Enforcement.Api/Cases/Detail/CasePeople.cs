using Enforcement.Api.Data;
using Enforcement.Api.Localization;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Detail;

/// <summary>The people and agencies a case names, so pages say "Nguyễn Văn A (Kiểm soát viên, Chi cục QLTT)" instead of a username or a code.</summary>
internal sealed class CasePeople(IReadOnlyDictionary<string, CasePeople.Person> people, IReadOnlyDictionary<string, (string Vi, string En)> agencies)
{
    public sealed record Person(string FullName, string Role, string? Agency);

    public static async Task<CasePeople> LoadAsync(EnforcementDbContext db, IEnumerable<string?> userNames, CancellationToken ct)
    {
        var names = userNames.OfType<string>().Distinct().ToList();
        var people = await db.StaffUsers.AsNoTracking().Where(u => names.Contains(u.UserName))
            .Select(u => new { u.UserName, u.FullName, u.Role, Agency = u.Agency!.Code }).ToListAsync(ct);
        // A handful of agencies: all of them, so any code a case names reads as a name.
        var agencies = await db.Agencies.AsNoTracking().Select(a => new { a.Code, a.Name, a.NameEn }).ToListAsync(ct);
        return new CasePeople(people.ToDictionary(p => p.UserName, p => new Person(p.FullName, p.Role, p.Agency), StringComparer.Ordinal),
            agencies.ToDictionary(a => a.Code, a => (a.Name, a.NameEn), StringComparer.Ordinal));
    }

    public Person? Find(string? userName) => userName is not null && people.TryGetValue(userName, out var p) ? p : null;

    public bool IsAgency(string code) => agencies.ContainsKey(code);

    public string Agency(string? code) =>
        code is null ? "" : agencies.TryGetValue(code, out var a) ? Text.Pick(a.Vi, a.En) : code;

    /// <summary>Full name, role and agency; the system, or an account no longer on file, by what is known.</summary>
    public string Describe(string? userName) => userName switch
    {
        null or "system" => Text.Pick("Hệ thống", "The system"),
        _ when Find(userName) is { } p => $"{p.FullName} ({Text.Role(p.Role)}{(p.Agency is null ? "" : ", " + Agency(p.Agency))})",
        _ => userName,
    };
}
