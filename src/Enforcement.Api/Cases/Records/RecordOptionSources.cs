using Enforcement.Api.Complaints;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Cases.Records;

/// <summary>
/// Code lists the enforcement records share with the reports, offered to process forms as option sources
/// (<c>"optionsFrom"</c>), so a process file and a report can never disagree on a code.
/// </summary>
internal sealed class CodeListSource(string name, IReadOnlyList<string> codes, string labelPrefix) : IFieldOptionSource
{
    public string Name => name;
    public IReadOnlyList<FieldOption> Options { get; } = codes.Select(c => new FieldOption(c, Text.Both(labelPrefix + c))).ToList();

    public static IEnumerable<IFieldOptionSource> All() =>
    [
        new CodeListSource("goods_categories", GoodsCategories.All, "goods."),
        new CodeListSource("offender_types", OffenderTypes.All, "offender."),
        new CodeListSource("platforms", Platforms.All, "platform."),
    ];
}
