using Enforcement.Api.Localization;

namespace Enforcement.Api.Infrastructure;

/// <summary>Per-field error messages, keyed by the field's JSON path (e.g. "complainant.email").</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        if (!list.Contains(message)) list.Add(message);
    }

    public void Required(string field, string fieldNameKey) => Add(field, Text.Format("error.required", Text.Get(fieldNameKey)));

    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max) Add(field, Text.Format("error.tooLong", Text.Get("field.text"), max));
    }

    /// <summary>NUL and other control characters; line breaks and tabs only in multi-line text.</summary>
    public void NoControlCharacters(string field, string? value, bool multiline)
    {
        if (TextRules.HasControlCharacters(value, multiline)) Add(field, Text.Get("error.controlCharacters"));
    }

    public void Url(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        if (value.Length > Complaints.ComplaintLimits.Url || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
            Add(field, Text.Get("error.url"));
    }

    public string? FirstFor(string field) => _errors.TryGetValue(field, out var list) ? list[0] : null;

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
}
