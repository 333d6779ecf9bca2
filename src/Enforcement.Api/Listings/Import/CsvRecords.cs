using System.Runtime.CompilerServices;
using System.Text;

namespace Enforcement.Api.Listings.Import;

/// <summary>
/// A small RFC 4180 reader: comma-separated, fields in double quotes may hold commas, quotes ("") and line
/// breaks; CRLF or LF. Each record comes with the line it starts on. Lenient where the RFC is silent (a
/// quote inside an unquoted field is kept as text); a quote never closed is reported as broken.
/// </summary>
internal static class CsvRecords
{
    public sealed record Record(int Line, List<string> Fields, bool Unterminated);

    public static async IAsyncEnumerable<Record> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = new char[64 * 1024];
        var field = new StringBuilder();
        var fields = new List<string>();
        int line = 1, start = 1;
        bool quoted = false, afterQuote = false, pendingQuote = false, lastWasCr = false, any = false;
        while (true)
        {
            var n = await reader.ReadAsync(buffer.AsMemory(), ct);
            if (n == 0) break;
            for (var i = 0; i < n; i++)
            {
                var c = buffer[i];
                if (lastWasCr && c == '\n') { lastWasCr = false; continue; }
                lastWasCr = false;
                if (pendingQuote)
                {
                    pendingQuote = false;
                    if (c == '"') { field.Append('"'); continue; } // "" inside quotes
                    quoted = false;
                    afterQuote = true;
                }
                if (quoted)
                {
                    if (c == '"') pendingQuote = true;
                    else
                    {
                        if (c is '\n' or '\r') line++;
                        if (c == '\r') { lastWasCr = true; field.Append('\n'); } else field.Append(c);
                    }
                    continue;
                }
                if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    any = true;
                }
                else if (c is '\n' or '\r')
                {
                    lastWasCr = c == '\r';
                    fields.Add(field.ToString());
                    field.Clear();
                    if (any || fields[0].Length > 0 || afterQuote) yield return new Record(start, [.. fields], false);
                    fields.Clear();
                    afterQuote = any = false;
                    start = ++line;
                }
                else if (c == '"' && field.Length == 0 && !afterQuote) { quoted = true; any = true; }
                else field.Append(c);
            }
        }
        if (pendingQuote) { quoted = false; afterQuote = true; }
        if (quoted || any || field.Length > 0 || afterQuote)
        {
            fields.Add(field.ToString());
            yield return new Record(start, [.. fields], quoted);
        }
    }
}
