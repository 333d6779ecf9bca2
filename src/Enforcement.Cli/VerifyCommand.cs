using Enforcement.Evidence.Packaging;

namespace Enforcement.Cli;

/// <summary>
/// <c>enforcement verify &lt;package.zip&gt;</c>: checks an export package offline and prints "Hợp lệ" or each problem
/// on its own line. Exit 0 valid, 1 invalid, 2 usage or unreadable.
/// </summary>
internal static class VerifyCommand
{
    public const int Valid = 0;
    public const int Invalid = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string target, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!File.Exists(target))
        {
            if (!LooksLikeAPath(target))
            {
                return CaptureIdNotAvailable(target, error);
            }

            await error.WriteLineAsync($"Không tìm thấy tệp {target}");
            return Usage;
        }

        try
        {
            await using var zip = File.OpenRead(target);
            var result = await EvidencePackage.VerifyAsync(zip, ct);
            if (result.Valid)
            {
                await output.WriteLineAsync("Hợp lệ");
                return Valid;
            }

            foreach (var problem in result.Problems)
            {
                await output.WriteLineAsync(problem);
            }

            return Invalid;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Không đọc được gói {target}: {e.Message}");
            return Usage;
        }
    }

    /// <summary>
    /// Hook for the lead: verifying a stored capture by id needs the app's database, which this build does not open.
    /// Replace this with a call into the app's verification when the CLI gets a database connection.
    /// </summary>
    internal static int CaptureIdNotAvailable(string captureId, TextWriter error)
    {
        error.WriteLine($"Kiểm tra theo mã bản ghi ({captureId}) chưa có trong bản dựng này (cần cơ sở dữ liệu của ứng dụng).");
        error.WriteLine($"Not available in this build: use the API GET /api/staff/evidence/{captureId}/verify");
        return Usage;
    }

    private static bool LooksLikeAPath(string target) =>
        target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || target.Contains('/', StringComparison.Ordinal) || target.Contains('\\', StringComparison.Ordinal);
}
