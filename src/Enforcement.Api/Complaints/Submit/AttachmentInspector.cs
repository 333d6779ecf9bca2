namespace Enforcement.Api.Complaints.Submit;

/// <summary>Decides a file's type from its first bytes. The name and the declared type are never trusted.</summary>
internal static class AttachmentInspector
{
    // Spelled as bytes: a "\x89…"u8 literal would encode U+0089 as two UTF-8 bytes.
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static string? DetectContentType(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "image/jpeg";
        if (b.StartsWith(PngSignature)) return "image/png";
        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8) && IsHeifBrand(b[8..12])) return "image/heic";
        if (b.StartsWith("%PDF-"u8)) return "application/pdf";
        return null;
    }

    public static string ExtensionFor(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/webp" => ".webp",
        "image/heic" => ".heic",
        _ => ".pdf",
    };

    private static bool IsHeifBrand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("heif"u8);
}
