"""A small lexicon written for the engine tests (independent of the shipped lexicon content)."""

MINI_SV = """\
lexicon: mini-sv
language: sv
category: innovation
entries:
  - id: sv.dimension.kompetens
    category: dimension
    dimension: competence_development
    patterns: [{stem: kompetensutveckling}]
    explanation: x
    examples: {match: [kompetensutveckling], no_match: [kompetens]}
  - id: sv.digital.digitalisering
    category: digital
    patterns: [{stem: digitalisering}, {word: digital}, {word: IT}, {word: e-tjänst}]
    explanation: x
    examples: {match: [digitaliseringen], no_match: [digitalis]}
  - id: sv.enabling.bidrag
    category: enabling
    strength: weak
    patterns: [{stem: bidrag}]
    explanation: x
    examples: {match: [bidraget], no_match: [bidra]}
  - id: sv.enabling.medel
    category: enabling
    patterns: [{word: medel}]
    explanation: x
    examples: {match: [medlen], no_match: [mellan]}
  - id: sv.enabling.framja
    category: enabling
    patterns: [{word: främja}, {phrase: "avsätta|avsätter|avsatt tid|medel"}]
    explanation: x
    examples: {match: [främjar], no_match: [främling]}
  - id: sv.generic.forskning
    category: generic
    patterns: [{phrase: "forskning|studier visar"}]
    explanation: x
    examples: {match: [forskning visar], no_match: [forskning]}
  - id: sv.hindering.utan_medel
    category: hindering
    patterns: [{phrase: "utan extra|nya medel"}]
    explanation: x
    examples: {match: [utan extra medel], no_match: [extra medel]}
  - id: sv.hindering.nollfel
    category: hindering
    standalone: true
    patterns: [{stem: nollfelskultur}]
    explanation: x
    examples: {match: [nollfelskulturen], no_match: [nollställd]}
  - id: sv.innovation.innovation
    patterns: [{stem: innovation}, {word: innovativ}]
    explanation: x
    examples: {match: [tjänsteinnovation], no_match: [renovering]}
  - id: sv.innovation.arbetssatt
    patterns: [{phrase: "pröva|testa nya arbetssätt~"}]
    explanation: x
    examples: {match: [pröva nya arbetssätt], no_match: [nya arbetssätt]}
  - id: sv.innovation.test
    patterns: [{prefix: test}, {suffix: test}]
    exceptions: [testamente*, protest*, attest*]
    explanation: x
    examples: {match: [testbädd], no_match: [testamentet]}
  - id: sv.innovation.idesluss
    patterns: [{word: idé-sluss}]
    explanation: x
    examples: {match: [idéslussen], no_match: [sluss]}
  - id: sv.modality.endast
    category: modality
    polarity: restricts
    patterns: [{phrase: "får|fick endast|enbart"}, {phrase: "ska godkännas av"}]
    explanation: x
    examples: {match: [får endast], no_match: [får]}
  - id: sv.modality.mandat
    category: modality
    polarity: permits
    requires: innovation
    patterns: [{phrase: "ska|skall|bör"}]
    explanation: x
    examples: {match: [ska], no_match: [kan]}
  - id: sv.modality.far_inte
    category: modality
    polarity: restricts
    patterns: [{phrase: "får|fick inte|ej"}]
    explanation: x
    examples: {match: [får inte], no_match: [får]}
  - id: sv.modality.tillatet
    category: modality
    polarity: permits
    patterns: [{word: tillåten}, {word: tillåtet}]
    explanation: x
    examples: {match: [tillåtet], no_match: [tillåta]}
  - id: sv.negation.ingen
    category: negation
    patterns: [{word: ingen}, {word: inga}, {word: utan}, {word: varken}]
    explanation: x
    examples: {match: [ingen], no_match: [intet]}
  - id: sv.negation.inte
    category: negation
    direction: v2
    patterns: [{word: inte}]
    explanation: x
    examples: {match: [inte], no_match: [intet]}
  - id: sv.new_solution.programvara
    category: new_solution
    patterns: [{stem: programvara}, {word: app}, {word: appar}]
    explanation: x
    examples: {match: [programvaran], no_match: [program]}
  - id: sv.pseudo.inte_bara
    category: pseudo_negation
    patterns: [{phrase: "inte bara|enbart|minst"}]
    explanation: x
    examples: {match: [inte bara], no_match: [inte]}
  - id: sv.terminator.men
    category: terminator
    patterns: [{word: men}, {word: dock}, {phrase: "utan också|även"}]
    explanation: x
    examples: {match: [men], no_match: [mena]}
"""
