"""Facts from the source documents (../shared/seeds/): the municipality's page names six
principles and nine IOP agreements with their parties; the plan names four priority areas."""

PRINCIPLES = [
    "Självständighet och oberoende",
    "Dialog",
    "Kvalitet",
    "Långsiktighet",
    "Öppenhet och insyn",
    "Mångfald",
]
PRIORITY_AREAS = [
    "Inkludering",
    "Hälsosamma levnadsvanor",
    "Hållbar utveckling med utgångspunkt i Agenda 2030",
    "Demokrati, delaktighet och trygghet",
]
ASN = "Arbetsmarknads- och socialnämnden"
KFN = "Kultur- och fritidsnämnden"
PERIOD = (2021, 2023)
IOP_AGREEMENTS = [
    ({ASN}, {"Kvinnojouren Lund"}, PERIOD),
    ({ASN}, {"Kvinnojouren Lund"}, PERIOD),
    ({KFN}, {"Kvinnojouren Lund", "Tjejjouren i Lund"}, PERIOD),
    ({ASN}, {"RSMH (Riksförbundet för Social och Mental Hälsa) i Lund"}, PERIOD),
    ({KFN}, {"Prisma/IK EOS"}, PERIOD),
    ({ASN}, {"Fontänhuset Lund"}, PERIOD),
    ({KFN}, {"Friluftsfrämjandet"}, (None, None)),
    ({"Vård- och omsorgsnämnden"}, {"PRO"}, (None, None)),
    ({"Arbetsmarknads- och socialförvaltningen"}, {"Vänskapens hus"}, PERIOD),
]
