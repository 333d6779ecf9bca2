using Enforcement.Api.Complaints;
using Enforcement.Api.Complaints.Submit;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Api.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Pages.Complaints;

/// <summary>The public complaint form. It posts the API's field names and goes through the same handler.</summary>
[EnableRateLimiting(RateLimits.PublicSubmit)]
[RequestSizeLimit(SubmitComplaintEndpoint.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = SubmitComplaintEndpoint.MaxRequestBytes)]
internal sealed class NewModel(AdministrativeUnitsCache units, IOptions<ComplaintOptions> options) : PageModel
{
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public IReadOnlyList<(string Code, string Name)> Provinces { get; private set; } = [];
    public IReadOnlyList<WardInfo> Wards { get; private set; } = [];
    public string IdempotencyKey { get; private set; } = Guid.NewGuid().ToString("N");

    /// <summary>Files cannot be shown again, so the page asks for them again.</summary>
    public bool FilesSent { get; private set; }

    public string Value(string name) => Values.TryGetValue(name, out var v) ? v : "";
    public bool Checked(string name) => Values.TryGetValue(name, out var v) && v.Split(',')[0] is "true" or "on";

    /// <summary>Messages for a field and its indexed children (listingUrls[2], attachments[0]).</summary>
    public IEnumerable<string> ErrorsFor(string field) => Errors
        .Where(kv => kv.Key == field || kv.Key.StartsWith(field + "[", StringComparison.Ordinal))
        .SelectMany(kv => kv.Value);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Values["location.province"] = options.Value.HomeProvinceCode;
        await LoadUnitsAsync(ct);
    }

    /// <summary>Without JavaScript, changing the province re-renders the form with that province's wards.</summary>
    public async Task<IActionResult> OnPostWardsAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (await SubmissionReader.TryReadFormAsync(Request, errors, ct) is not { } form) return await RefuseAsync(errors, ct);
        KeepInput(form);
        await LoadUnitsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] SubmitComplaintHandler handler, CancellationToken ct)
    {
        var unreadable = new FieldErrors();
        if (await SubmissionReader.TryReadFormAsync(Request, unreadable, ct) is not { } form) return await RefuseAsync(unreadable, ct);
        var key = form["idempotencyKey"].ToString();
        var (request, files, readErrors) = await SubmissionReader.ReadAsync(Request, ct);
        if (request is not null && readErrors.IsEmpty)
        {
            var outcome = await handler.SubmitAsync(request, files, key is { Length: > 0 and <= 100 } && !TextRules.HasControlCharacters(key, multiline: false) ? "web:" + key : null, "web", ct);
            switch (outcome)
            {
                case SubmitOutcome.Created c:
                    return Redirect(Receipt(c.Response));
                case SubmitOutcome.Replayed r:
                    return Redirect(Receipt(r.Response));
                case SubmitOutcome.Invalid i:
                    Errors = i.Errors.ToDictionary();
                    break;
                default:
                    Errors = new Dictionary<string, string[]> { ["$"] = [Text.Get("error.idempotencyMismatch")] };
                    break;
            }
        }
        else
        {
            Errors = readErrors.ToDictionary();
        }
        KeepInput(form);
        FilesSent = form.Files.Count > 0;
        IdempotencyKey = Guid.NewGuid().ToString("N");
        await LoadUnitsAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>A body that is not a readable form: an empty form again, with the message, as a 400.</summary>
    private async Task<IActionResult> RefuseAsync(FieldErrors errors, CancellationToken ct)
    {
        Errors = errors.ToDictionary();
        await LoadUnitsAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static string Receipt(SubmitComplaintResponse r) =>
        $"/complaints/status/{r.TrackingCode}?key={Uri.EscapeDataString(r.AccessKey)}&new=1";

    private void KeepInput(IFormCollection form)
    {
        foreach (var (name, value) in form)
        {
            if (name is "__RequestVerificationToken" or "idempotencyKey") continue;
            Values[name] = value.ToString();
        }
    }

    private async Task LoadUnitsAsync(CancellationToken ct)
    {
        var all = await units.GetAsync(ct);
        Provinces = all.Provinces;
        var province = Value("location.province");
        if (!all.ProvinceNames.ContainsKey(province)) Values["location.province"] = province = options.Value.HomeProvinceCode;
        Wards = all.WardsOf(province);
    }
}
