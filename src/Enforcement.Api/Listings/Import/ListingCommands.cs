using Enforcement.Api.Data;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Listings.Import;

/// <summary>
/// <c>enforcement listings import FILE</c>: the API's import from a shell on the server, with the app's own
/// configuration (appsettings.json in the content root, environment, --Key=Value). Prints each refused line and a
/// summary; exit 0 when every line was accepted, 1 when some were refused, 2 on usage errors.
/// </summary>
public static class ListingCommands
{
    public const int Accepted = 0;
    public const int SomeRejected = 1;
    public const int Usage = 2;

    /// <summary><paramref name="format"/>: "ndjson", "csv", or null to go by the file's extension (.csv is CSV, anything else NDJSON).</summary>
    public static async Task<int> ImportAsync(string file, string? format, string contentRoot, string[] settings, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"Không tìm thấy tệp {file}");
            return Usage;
        }
        ImportFormat kind;
        if (format is null) kind = Path.GetExtension(file).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ImportFormat.Csv : ImportFormat.Ndjson;
        else if (format.Equals("csv", StringComparison.OrdinalIgnoreCase)) kind = ImportFormat.Csv;
        else if (format.Equals("ndjson", StringComparison.OrdinalIgnoreCase)) kind = ImportFormat.Ndjson;
        else
        {
            await error.WriteLineAsync($"Định dạng không hỗ trợ: {format} (dùng ndjson hoặc csv)");
            return Usage;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = settings, ContentRootPath = Path.GetFullPath(contentRoot) });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddEnforcementData(builder.Configuration, builder.Environment);
        builder.Services.AddListings(builder.Configuration);
        using var host = builder.Build();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        // Never an empty database made up on the spot: a wrong folder is an error.
        if (Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database) is Microsoft.Data.Sqlite.SqliteConnection sqlite && !File.Exists(sqlite.DataSource))
        {
            await error.WriteLineAsync($"Không có cơ sở dữ liệu {sqlite.DataSource}: chạy lệnh trong thư mục của ứng dụng hoặc dùng --content-root.");
            return Usage;
        }

        ImportReport report;
        try
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            report = await scope.ServiceProvider.GetRequiredService<ListingImporter>().ImportAsync(stream, kind, ct);
        }
        catch (ListingImportException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return Usage;
        }
        catch (System.Data.Common.DbException ex)
        {
            await error.WriteLineAsync($"Không ghi được vào cơ sở dữ liệu của ứng dụng: {ex.Message}");
            return Usage;
        }
        if (report.Received == 0)
        {
            await error.WriteLineAsync(Text.Get("listings.error.empty"));
            return Usage;
        }
        foreach (var e in report.Errors) await output.WriteLineAsync(Text.Format("listings.cli.line", e.Line, e.Field is null ? "" : $" ({e.Field})", e.Reason));
        if (report.ErrorsTruncated) await output.WriteLineAsync(Text.Format("listings.cli.truncated", ImportReport.MaxErrors));
        await output.WriteLineAsync(Text.Format("listings.cli.summary", report.Received, report.Inserted, report.Updated, report.Unchanged, report.Rejected));
        return report.Rejected == 0 ? Accepted : SomeRejected;
    }
}
