using Archive.Core.Vocabulary;

namespace Archive.Core.Agencies;

/// <summary>A kind of reporting body (metric-dictionary.md §12), in rule order; the stable id is stored and served.</summary>
public enum AgencyKind
{
    [StableId("subdistrict")]
    Subdistrict,

    [StableId("township")]
    Township,

    [StableId("government_office")]
    GovernmentOffice,

    [StableId("development_zone")]
    DevelopmentZone,

    [StableId("industry_and_it")]
    IndustryAndIt,

    [StableId("development_reform")]
    DevelopmentReform,

    [StableId("education")]
    Education,

    [StableId("science_technology")]
    ScienceTechnology,

    [StableId("public_security")]
    PublicSecurity,

    [StableId("civil_affairs")]
    CivilAffairs,

    [StableId("justice")]
    Justice,

    [StableId("finance")]
    Finance,

    [StableId("human_resources")]
    HumanResources,

    [StableId("natural_resources")]
    NaturalResources,

    [StableId("ecology_environment")]
    EcologyEnvironment,

    [StableId("housing_construction")]
    HousingConstruction,

    [StableId("transport")]
    Transport,

    [StableId("water_resources")]
    WaterResources,

    [StableId("agriculture_rural")]
    AgricultureRural,

    [StableId("commerce")]
    Commerce,

    [StableId("culture_tourism")]
    CultureTourism,

    [StableId("health")]
    Health,

    [StableId("veterans_affairs")]
    VeteransAffairs,

    [StableId("emergency_management")]
    EmergencyManagement,

    [StableId("audit")]
    Audit,

    [StableId("market_regulation")]
    MarketRegulation,

    [StableId("statistics")]
    Statistics,

    [StableId("medical_security")]
    MedicalSecurity,

    [StableId("forestry_grassland")]
    ForestryGrassland,

    [StableId("government_services")]
    GovernmentServices,

    [StableId("urban_management")]
    UrbanManagement,

    [StableId("people_government")]
    PeopleGovernment,

    [StableId("other")]
    Other,
}

/// <summary>The rule of one kind: its Chinese label and the name endings that select it.</summary>
/// <param name="Label">Chinese label for display and facets (工业和信息化).</param>
/// <param name="NameEndings">Name endings that select the kind, as listed in the dictionary.</param>
public sealed record AgencyKindRule(AgencyKind Kind, string Label, IReadOnlyList<string> NameEndings);
