using System.Globalization;
using System.Text;
using System.Text.Json;
using Enforcement.Evidence.Integrity;

namespace Enforcement.Evidence.Packaging;

/// <summary>custody.jsonl: one record per line, time as UTC "O" so the hash can be recomputed to the tick.</summary>
internal static class CustodyJson
{
    public static byte[] Write(IReadOnlyList<CustodyRecord> records)
    {
        var text = new StringBuilder();
        foreach (var r in records)
        {
            text.Append(JsonSerializer.Serialize(new Line(r.Sequence, r.Action, r.Actor,
                r.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), r.Reason, r.PreviousHash, r.Hash), Options)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Parses every line it can; unreadable lines are reported by line number.</summary>
    public static (List<CustodyRecord> Records, List<string> Problems) Read(byte[] jsonl)
    {
        var records = new List<CustodyRecord>();
        var problems = new List<string>();
        var lines = Encoding.UTF8.GetString(jsonl).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            try
            {
                var l = JsonSerializer.Deserialize<Line>(lines[i], Options) ?? throw new JsonException();
                records.Add(new CustodyRecord(l.Sequence, l.Action, l.Actor,
                    DateTimeOffset.Parse(l.At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), l.Reason, l.PreviousHash, l.Hash));
            }
            catch (Exception e) when (e is JsonException or FormatException or ArgumentNullException)
            {
                problems.Add($"custody.jsonl: dòng {i + 1} không đọc được");
            }
        }

        return (records, problems);
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    private sealed record Line(int Sequence, string Action, string Actor, string At, string? Reason, string PreviousHash, string Hash);
}
