using Enforcement.Api.Reports.Submissions;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Tests.Reports;

public sealed class SubmissionsOptionsTests
{
    private sealed class ConfiguredApp(string key, string value) : SqliteApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { [key] = value };
    }

    [Theory]
    [InlineData("Reports:Submission:MonthlyDueDay", "29")]
    [InlineData("Reports:Submission:YearlyOpensDate", "12-20")]
    public void The_app_refuses_to_start_on_a_due_date_that_is_not_one_every_year(string key, string value)
    {
        using var app = new ConfiguredApp(key, value);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var invalid = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(invalid);
        Assert.Equal(typeof(ReportSubmissionOptions), invalid.OptionsType);
    }
}
