using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Enforcement.Api.Web;

/// <summary>A labelled input with its inline error messages, keeping what the user typed.</summary>
internal static class FormHtml
{
    private static readonly HtmlEncoder Enc = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IHtmlContent Field(string name, string label, string value, IReadOnlyList<string> errors, string type = "text", string autocomplete = "off", int maxLength = 500, string? inputMode = null)
    {
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<label for=\"{Enc.Encode(name)}\">{Enc.Encode(label)}</label>");
        html.AppendHtml($"<input id=\"{Enc.Encode(name)}\" name=\"{Enc.Encode(name)}\" type=\"{type}\" autocomplete=\"{autocomplete}\" maxlength=\"{maxLength}\" value=\"{Enc.Encode(value)}\"");
        if (inputMode is not null) html.AppendHtml($" inputmode=\"{inputMode}\"");
        if (errors.Count > 0) html.AppendHtml(" aria-invalid=\"true\"");
        html.AppendHtml(" />");
        html.AppendHtml(Errors(errors));
        return html;
    }

    public static IHtmlContent Errors(IEnumerable<string> errors)
    {
        var html = new HtmlContentBuilder();
        foreach (var e in errors) html.AppendHtml($"<span class=\"field-error\" role=\"alert\">{Enc.Encode(e)}</span>");
        return html;
    }
}
