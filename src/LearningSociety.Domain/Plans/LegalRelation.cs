namespace LearningSociety.Domain.Plans;

public enum LegalRelation
{
    /// <summary>"Thực hiện": the plan implements this document.</summary>
    Implements,
    /// <summary>"Căn cứ".</summary>
    Basis,
    /// <summary>Further up the chain: cited by a document the plan implements.</summary>
    Cited,
}
