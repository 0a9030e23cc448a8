namespace LearningSociety.Domain.Plans;

public enum ReportFrequency
{
    Annual,
    Quarterly,
    Once,
    Phase,
    OnRequest,
}
