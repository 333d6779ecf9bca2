using Enforcement.Evidence.Integrity;

namespace Enforcement.Evidence.Tests.Integrity;

/// <summary>Builds well-formed custody chains for tests.</summary>
internal static class Custody
{
    public static readonly string Zeros = new('0', 64);

    public static List<CustodyRecord> Chain(string evidenceId, int count)
    {
        string[] actions = ["captured", "viewed", "downloaded", "exported", "handed_off", "verified"];
        var at = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7)).AddTicks(1234567);
        var records = new List<CustodyRecord>();
        var previous = Zeros;
        for (var i = 1; i <= count; i++)
        {
            var action = actions[(i - 1) % actions.Length];
            var reason = i == 1 ? null : $"Lý do {i}";
            var time = at.AddMinutes(i);
            var hash = CustodyChain.ComputeHash(evidenceId, i, action, "nguyen.van.a", time, reason, previous);
            records.Add(new CustodyRecord(i, action, "nguyen.van.a", time, reason, previous, hash));
            previous = hash;
        }

        return records;
    }

    /// <summary>Recomputes this entry's own hash after an edit, as a careful forger would.</summary>
    public static CustodyRecord Rehash(string evidenceId, CustodyRecord r) =>
        r with { Hash = CustodyChain.ComputeHash(evidenceId, r.Sequence, r.Action, r.Actor, r.At, r.Reason, r.PreviousHash) };
}
