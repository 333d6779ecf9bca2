using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Enforcement.Evidence.Integrity;

/// <summary>One entry of the custody log. <c>PreviousHash</c> of the first entry is 64 zeros.</summary>
public sealed record CustodyRecord(int Sequence, string Action, string Actor, DateTimeOffset At, string? Reason, string PreviousHash, string Hash);

/// <summary>
/// A hash chain over the custody log: each entry's hash covers its fields and the previous entry's hash,
/// so an edited, removed or reordered entry breaks the chain at that entry.
/// </summary>
public static class CustodyChain
{
    internal static readonly string Genesis = new('0', 64);

    private const string Prefix = "Nhật ký lưu giữ: ";

    public static string ComputeHash(string evidenceId, int sequence, string action, string actor, DateTimeOffset at, string? reason, string previousHash)
    {
        // A JSON array is the canonical string: every field escaped, null distinct from "", no separator ambiguity.
        // Time is UTC with ticks ("O"); a store that keeps less precision must truncate before hashing.
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            evidenceId, sequence, action, actor, at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), reason, previousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Checks the records in the order given; each problem names the entry, in Vietnamese.</summary>
    public static IReadOnlyList<string> Verify(string evidenceId, IReadOnlyList<CustodyRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var problems = new List<string>();
        if (records.Count == 0)
        {
            problems.Add(Prefix + "không có mục nào");
            return problems;
        }

        var expected = 1;
        CustodyRecord? previous = null;
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            if (r.Sequence < expected || (r.Sequence > expected && records.Skip(i + 1).Any(x => x.Sequence == expected)))
            {
                // An entry out of place: what follows cannot be judged against it, so stop here.
                problems.Add(Prefix + $"mục #{r.Sequence} không đúng thứ tự" + (previous is null ? "" : $" (đứng sau mục #{previous.Sequence})"));
                return problems;
            }

            var gap = r.Sequence > expected;
            if (gap)
            {
                problems.Add(Prefix + (r.Sequence - expected == 1 ? $"thiếu mục #{expected}" : $"thiếu mục #{expected} đến #{r.Sequence - 1}"));
            }

            if (ComputeHash(evidenceId, r.Sequence, r.Action, r.Actor, r.At, r.Reason, r.PreviousHash) != r.Hash)
            {
                problems.Add(Prefix + $"mục #{r.Sequence} bị sửa (hash không khớp)");
            }
            else if (!gap && r.PreviousHash != (previous?.Hash ?? Genesis))
            {
                problems.Add(Prefix + (previous is null
                    ? $"mục #{r.Sequence} không phải mục đầu tiên của chuỗi"
                    : $"mục #{r.Sequence} không nối tiếp mục #{previous.Sequence}"));
            }

            previous = r;
            expected = r.Sequence + 1;
        }

        return problems;
    }
}
