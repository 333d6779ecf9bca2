using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Enforcement.Evidence.Integrity;

/// <summary>One file of a capture as the manifest records it.</summary>
public sealed record ManifestArtifact(string Kind, string FileName, string MediaType, string Sha256, long Size);

/// <summary>What a capture produced and how; its canonical JSON bytes are what gets signed.</summary>
public sealed record EvidenceManifest(string EvidenceId, string RequestedUrl, string FinalUrl, DateTimeOffset CapturedAt,
    IReadOnlyList<ManifestArtifact> Artifacts, JsonElement Metadata, JsonElement? Listing)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",                                  // the same bytes on every OS
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,   // Vietnamese stays readable in manifest.json
    };

    /// <summary>UTF-8, camelCase, indented, fixed property order. Sign these bytes and store them as is.</summary>
    public byte[] ToCanonicalJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("evidenceId", EvidenceId);
            w.WriteString("requestedUrl", RequestedUrl);
            w.WriteString("finalUrl", FinalUrl);
            w.WriteString("capturedAt", FormatTime(CapturedAt));
            w.WriteStartArray("artifacts");
            foreach (var a in Artifacts)
            {
                w.WriteStartObject();
                w.WriteString("kind", a.Kind);
                w.WriteString("fileName", a.FileName);
                w.WriteString("mediaType", a.MediaType);
                w.WriteString("sha256", a.Sha256);
                w.WriteNumber("size", a.Size);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("metadata");
            Metadata.WriteTo(w);
            w.WritePropertyName("listing");
            if (Listing is { } listing && listing.ValueKind != JsonValueKind.Undefined)
            {
                listing.WriteTo(w);
            }
            else
            {
                w.WriteNullValue();
            }

            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a manifest written by <see cref="ToCanonicalJson"/>; throws <see cref="JsonException"/> when malformed.</summary>
    public static EvidenceManifest Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var doc = JsonDocument.ParseValue(ref reader);
        var root = doc.RootElement;
        var artifacts = new List<ManifestArtifact>();
        foreach (var a in Required(root, "artifacts").EnumerateArray())
        {
            artifacts.Add(new ManifestArtifact(Text(a, "kind"), Text(a, "fileName"), Text(a, "mediaType"), Text(a, "sha256"),
                Required(a, "size").GetInt64()));
        }

        JsonElement? listing = root.TryGetProperty("listing", out var l) && l.ValueKind != JsonValueKind.Null ? l.Clone() : null;
        return new EvidenceManifest(Text(root, "evidenceId"), Text(root, "requestedUrl"), Text(root, "finalUrl"),
            DateTimeOffset.Parse(Text(root, "capturedAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            artifacts, Required(root, "metadata").Clone(), listing);
    }

    internal static string FormatTime(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static JsonElement Required(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v : throw new JsonException($"manifest.json: missing \"{name}\".");

    private static string Text(JsonElement e, string name) =>
        Required(e, name).GetString() ?? throw new JsonException($"manifest.json: \"{name}\" is null.");
}
