"""The starter team file `teamaudit init` writes: every field shown once, with what it means."""

STARTER = """\
# yaml-language-server: $schema=team.schema.json
# A teamaudit team file. Run `teamaudit check team.yaml`. `teamaudit init` writes team.schema.json beside
# it (`teamaudit schema > team.schema.json` writes it again), so VS Code's YAML extension validates this file.
organization: Example Health AI      # optional
as_of: 2026-11-01                    # optional: the date this headcount describes
people:                              # required: current staff, decided hires and open requisitions
  - name: Aisha Bello                # required, unique in the file
    id: E001                         # optional, unique if given (your HRIS employee id)
    title: Clinical Informatics Lead # required: the job title as written
    team: Clinical                   # optional free text
    skills: [Epic ClinDoc]           # optional list
    background:                      # optional: credentials, past roles, hands-on experience
      - RN, BSN
      - 8 years ICU nurse at a level I trauma center
    fte: 1.0                         # optional, 0 < fte <= 1 (default 1)
    status: current                  # current (default), planned (a decided hire) or open (a requisition)
    employment: employee             # optional: employee, contractor or advisor (time given is fte's job)
    cost: 185000                     # optional annual cost: personal data; `report --redact` leaves it out
  - name: Chloe Martin
    title: HL7 Interface Engineer
    skills: [HL7 v2, Mirth Connect]
    layer: integration               # optional: declare the layer (clinical, integration, compliance,
                                     # ml_research, other); it wins over the rubric
  - name: Open req - Regulatory Affairs Specialist
    title: Regulatory Affairs Specialist
    status: open
    start: 2027-02-01                # optional date, for planned and open
  - name: Marcus Webb
    title: Machine Learning Engineer
"""
