using LearningSociety.Infrastructure.Exports.Jobs;

namespace LearningSociety.Web.Features.Exports;

public sealed record ExportPageModel(ExportJob Job, ExportStatus Status);
