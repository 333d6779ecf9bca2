namespace Enforcement.Api.Complaints.Submit;

/// <summary>Decides a file's type from its first bytes. The name and the declared type are never trusted.</summary>
internal static class AttachmentInspector
{
    public static string? DetectContentType(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "image/jpeg";
        if (b.StartsWith("\x89PNG\r\n\x1A\n"u8)) return "image/png";
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
