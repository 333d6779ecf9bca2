using System.Globalization;
using System.Text.Json;
using Enforcement.Api.Complaints.Submit;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Enforcement.Api.Cases.Tasks;

/// <summary>
/// Reads a completion from JSON (<see cref="CompleteTaskRequest"/>) or from multipart/form-data with the same names
/// (outcome, revision, comment, fields.{name}) plus the outcome's files in "files", each typed and hashed on the way in.
/// </summary>
internal static class CompleteTaskForm
{
    public const string FilesField = "files";

    public static async Task<(CompleteTaskRequest? Request, List<IncomingFile> Files, FieldErrors Errors)> ReadAsync(HttpRequest http, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (http.HasFormContentType)
        {
            if (await SubmissionReader.TryReadFormAsync(http, errors, ct) is not { } form) return (null, [], errors);
            string? F(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
            int? revision = null;
            if (F("revision") is { Length: > 0 } raw)
            {
                if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var r)) revision = r;
                else errors.Add("revision", Text.Get("error.json"));
            }
            var fields = form.Where(kv => kv.Key.StartsWith("fields.", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(kv.Value))
                .ToDictionary(kv => kv.Key["fields.".Length..], kv => (string?)kv.Value.ToString());
            return (new CompleteTaskRequest(F("outcome"), fields, F("comment"), revision), await InspectAsync(form.Files, ct), errors);
        }
        if (!http.HasJsonContentType() || http.ContentLength == 0) return (null, [], errors);
        try
        {
            var json = http.HttpContext.RequestServices.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
            return (await JsonSerializer.DeserializeAsync<CompleteTaskRequest>(http.Body, json, ct), [], errors);
        }
        catch (JsonException)
        {
            errors.Add("$", Text.Get("error.json"));
            return (null, [], errors);
        }
    }

    /// <summary>The files of a form (the case page's too); an empty file input is no file.</summary>
    public static async Task<List<IncomingFile>> InspectAsync(IFormFileCollection files, CancellationToken ct)
    {
        var incoming = new List<IncomingFile>();
        foreach (var file in files.Where(f => f.Name == FilesField).Take(SubmitComplaintValidator.MaxFiles + 1))
        {
            if (file.Length == 0 && string.IsNullOrEmpty(file.FileName)) continue;
            incoming.Add(await SubmissionReader.InspectAsync(file, ct));
        }
        return incoming;
    }
}
