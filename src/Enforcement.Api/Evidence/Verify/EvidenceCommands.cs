using Enforcement.Api.Data;
using Enforcement.Evidence.Integrity;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Evidence.Verify;

/// <summary>
/// <c>enforcement verify &lt;capture-id&gt;</c>: the case page's verification, from a shell on the server. It reads the
/// app's own configuration (appsettings.json in the content root, environment variables, --Key=Value arguments),
/// so it opens the same database, store and key as the running app.
/// </summary>
public static class EvidenceCommands
{
    public const int Valid = 0;
    public const int Invalid = 1;
    public const int Usage = 2;

    /// <summary>Verifies capture <paramref name="id"/> in the app at <paramref name="contentRoot"/> (its folder, with appsettings.json and data/).</summary>
    public static async Task<int> VerifyCaptureAsync(long id, string contentRoot, string[] settings, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = settings, ContentRootPath = Path.GetFullPath(contentRoot) });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddEnforcementData(builder.Configuration, builder.Environment);
        builder.Services.AddEvidence(builder.Configuration, builder.Environment);
        using var host = builder.Build();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        // Never an empty database made up on the spot: a wrong folder is an error, not "no such evidence".
        if (db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection sqlite && !File.Exists(sqlite.DataSource))
        {
            await error.WriteLineAsync($"Không có cơ sở dữ liệu {sqlite.DataSource}: chạy lệnh trong thư mục của ứng dụng hoặc dùng --content-root.");
            return Usage;
        }
        EvidenceCapture? capture;
        try
        {
            capture = await db.EvidenceCaptures.AsNoTracking().Include(c => c.Artifacts).SingleOrDefaultAsync(c => c.Id == id, ct);
        }
        catch (System.Data.Common.DbException ex)
        {
            await error.WriteLineAsync($"Không đọc được cơ sở dữ liệu của ứng dụng: {ex.Message}");
            return Usage;
        }
        if (capture is null)
        {
            await error.WriteLineAsync($"Không có chứng cứ #{id} trong cơ sở dữ liệu của ứng dụng.");
            return Usage;
        }
        var result = await VerifyEvidenceEndpoint.CheckAsync(db, capture, scope.ServiceProvider.GetRequiredService<IEvidenceStore>(),
            scope.ServiceProvider.GetRequiredService<EvidenceKeys>(), ct);
        if (result.Valid)
        {
            await output.WriteLineAsync("Hợp lệ");
            return Valid;
        }
        foreach (var problem in result.Problems) await output.WriteLineAsync(problem);
        return Invalid;
    }
}
