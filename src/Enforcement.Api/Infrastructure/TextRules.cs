namespace Enforcement.Api.Infrastructure;

/// <summary>
/// What any text a person types may hold. Control characters (NUL above all: PostgreSQL refuses it, SQLite
/// would store it) are refused, except line breaks and tabs in multi-line text.
/// </summary>
internal static class TextRules
{
    public static bool HasControlCharacters(string? text, bool multiline) =>
        text is not null && text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'));

    /// <summary>Empty once spaces and invisible characters (zero-width spaces and joiners, word joiner, BOM, soft hyphen) are taken out.</summary>
    public static bool IsBlank(string? text) =>
        text is null || text.All(c => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E');
}
