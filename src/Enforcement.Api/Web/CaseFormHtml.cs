using System.Text.Encodings.Web;
using Enforcement.Api.Cases.Detail;
using Microsoft.AspNetCore.Html;

namespace Enforcement.Api.Web;

/// <summary>Inputs for a task's form fields, by type, posted as field.{name}; an error is tied to its field (aria-describedby).</summary>
internal static class CaseFormHtml
{
    private static readonly HtmlEncoder Enc = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The id of a field's input in a form, which the error summary links to.</summary>
    public static string InputId(string formId, string field) => $"{formId}-{field}";

    public static IHtmlContent Field(FieldView f, string formId, string? error, string? value = null)
    {
        var id = Enc.Encode(InputId(formId, f.Name));
        var name = Enc.Encode("field." + f.Name);
        var label = Enc.Encode(f.Label) + (f.Required ? " *" : "");
        var invalid = error is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{id}-error\"";
        var html = new HtmlContentBuilder();
        switch (f.Type)
        {
            case "boolean":
                html.AppendHtml($"<label class=\"check\"><input type=\"checkbox\" id=\"{id}\" name=\"{name}\" value=\"true\"{(value == "true" ? " checked" : "")}{invalid} /> {label}</label>");
                break;
            case "choice":
                html.AppendHtml($"<label for=\"{id}\">{label}</label><select id=\"{id}\" name=\"{name}\"{invalid}><option value=\"\">—</option>");
                foreach (var o in f.Choices) html.AppendHtml($"<option value=\"{Enc.Encode(o.Value)}\"{(o.Value == value ? " selected" : "")}>{Enc.Encode(o.Label)}</option>");
                html.AppendHtml("</select>");
                break;
            case "text" when f.Multiline:
                html.AppendHtml($"<label for=\"{id}\">{label}</label><textarea id=\"{id}\" name=\"{name}\" rows=\"4\" maxlength=\"4000\"{invalid}>{Enc.Encode(value ?? "")}</textarea>");
                break;
            default:
                var type = f.Type switch { "date" => "date", _ => "text" };
                var extra = f.Type switch
                {
                    "number" => " inputmode=\"numeric\"",
                    "date" => "",
                    _ => " maxlength=\"4000\"",
                };
                html.AppendHtml($"<label for=\"{id}\">{label}</label><input type=\"{type}\" id=\"{id}\" name=\"{name}\"{extra} value=\"{Enc.Encode(value ?? "")}\"{invalid} />");
                break;
        }
        if (error is not null) html.AppendHtml($"<span class=\"field-error\" id=\"{id}-error\">{Enc.Encode(error)}</span>");
        return html;
    }
}
