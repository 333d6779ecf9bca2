using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Enforcement.Api.Listings.Import;

internal static class ImportListingsEndpoint
{
    public static RouteGroupBuilder MapImportListings(this RouteGroupBuilder group)
    {
        group.MapPost("/import", ImportAsync).WithName("ImportListings")
            .WithSummary("Import listings: NDJSON (application/x-ndjson) or CSV (text/csv) as the body, or multipart/form-data with a 'file' field. Upserts by platform and listing id; answers with a per-line report.")
            .Accepts<string>("application/x-ndjson", "text/csv", "multipart/form-data")
            .Produces<ImportReport>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
        return group;
    }

    internal static async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpContext http, ListingImporter importer, IOptions<ListingsOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxImportBytes;
        if (http.Request.ContentLength > max) return TooLarge(max);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = max;
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)) return Unsupported();
        try
        {
            ImportReport report;
            if (type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
                if (string.IsNullOrEmpty(boundary)) return Invalid("listings.error.noFile");
                var reader = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = max };
                MultipartSection? section;
                while ((section = await reader.ReadNextSectionAsync(ct)) is not null)
                {
                    if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                        && HeaderUtilities.RemoveQuotes(disposition.Name).Equals("file", StringComparison.Ordinal))
                    {
                        var format = FormatOf(section.ContentType, disposition.FileName.Value ?? disposition.FileNameStar.Value);
                        if (format is null) return Unsupported();
                        return Answer(await importer.ImportAsync(section.Body, format.Value, ct));
                    }
                }
                return Invalid("listings.error.noFile");
            }
            var bodyFormat = FormatOf(type.MediaType.Value, null);
            if (bodyFormat is null) return Unsupported();
            report = await importer.ImportAsync(http.Request.Body, bodyFormat.Value, ct);
            return Answer(report);
        }
        catch (ListingImportException ex)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["file"] = [ex.Message] });
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(max);
        }
        catch (InvalidDataException)
        {
            // A broken multipart body (no boundary end, a section too long).
            return Invalid("listings.error.noFile");
        }
    }

    private static Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult> Answer(ImportReport report) =>
        report.Received == 0 ? Invalid("listings.error.empty") : TypedResults.Ok(report);

    /// <summary>By media type first; a form file sent as octet-stream is known by its extension.</summary>
    private static ImportFormat? FormatOf(string? mediaType, string? fileName)
    {
        var media = (mediaType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (media is "application/x-ndjson" or "application/ndjson" or "application/jsonl" or "application/json-lines") return ImportFormat.Ndjson;
        if (media is "text/csv" or "application/csv") return ImportFormat.Csv;
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (media is "" or "application/octet-stream" or "text/plain")
            return extension switch { ".ndjson" or ".jsonl" => ImportFormat.Ndjson, ".csv" => ImportFormat.Csv, _ => null };
        return null;
    }

    private static ValidationProblem Invalid(string key) => Problems.Validation(new Dictionary<string, string[]> { ["file"] = [Text.Get(key)] });

    private static ProblemHttpResult Unsupported() =>
        TypedResults.Problem(Text.Get("listings.error.format"), statusCode: StatusCodes.Status415UnsupportedMediaType, title: Text.Get("problem.415"));

    private static ProblemHttpResult TooLarge(long max) =>
        TypedResults.Problem(Text.Format("listings.error.tooLarge", max / (1024 * 1024)), statusCode: StatusCodes.Status413PayloadTooLarge, title: Text.Get("problem.413"));
}
