"""The words job titles are made of, for --redact: a name that is also one of them (`Sales`, `Doctor`, `Lead`, `Case`)
is, in a title, the word unless the title uses it as a name (mentions.py).

TITLE_WORDS is every word of three letters or more in at least 3 of the O*NET 29.3 titles of
`benchmarks/data/onet-titles.tsv` (693 words; O*NET by USDOL/ETA, CC BY 4.0), with a capital, and 55 words of this
domain's titles O*NET has in fewer: the ranks and roles of technical titles (`Lead`, `Head`, `Senior`, `Founder`,
`Reviewer`, `Navigator`), their fields (`Deep`, `Dev`, `Cloud`, `Platform`, `Growth`), the EHR products and modules
integration titles name (`Epic`, `Bridges`, `Clarity`, `Caboodle`, `Cerner`, `Rhapsody`) and the hospital's words
(`Ward`, `Shift`, `Day`, `Night`, `Long` of long-term care, `Grant`).

A lab is named after the one who runs it (`Sales Lab`, `the Doctor Laboratory`), so such a word before `Lab`,
`Labs` or `Laboratory` is a name, but for the kinds of lab titles name, LAB_KINDS (every word of TITLE_WORDS the
titles of `benchmarks/data`, O*NET's, postings' and probes', write before one: `Clinical Lab`, `Cath Lab`, `Bank
Lab`), and the ranks a title puts before what a person does, RANKS (`Lead Lab Technician`, `Head Laboratory
Scientist`).
"""

from __future__ import annotations

TITLE_WORDS = frozenset(
    {
        "Abstractor", "Academic", "Access", "Account", "Accountant", "Accounting", "Accounts", "Act", "Actuarial",
        "Actuary", "Acupuncture", "Acute", "Adjudicator", "Adjuster", "Admin", "Administration", "Administrative",
        "Administrator", "Admissions", "Adult", "Advanced", "Advertising", "Advisor", "Advocate", "Affairs", "Agent",
        "Agricultural", "Aide", "Air", "Aircraft", "Airline", "Allergist", "Allergy", "Ambassador", "Analysis",
        "Analyst", "And", "Anesthesia", "Anesthesiologist", "Anesthetist", "Announcer", "Annual", "Apparel",
        "Appellate", "Application", "Applications", "Applied", "Appraiser", "Architect", "Architectural", "Area",
        "Arranger", "Art", "Artificial", "Artist", "Arts", "Assessor", "Asset", "Assistant", "Associate", "Assurance",
        "Athletic", "Attendant", "Audio", "Audiologist", "Audiology", "Auricular", "Auto", "Automobile", "Automotive",
        "Back", "Band", "Bank", "Banker", "Banking", "Basketball", "Behavioral", "Bench", "Benefits", "Bilingual",
        "Billing", "Biodiesel", "Biostatistician", "Blood", "Board", "Bond", "Bondsman", "Booker", "Branch", "Bridges",
        "Broadcast", "Broker", "Brokerage", "Brownfield", "Budget", "Business", "Buyer", "Caboodle", "Cage", "Call",
        "Camera", "Camp", "Car", "Cardiac", "Cardiologist", "Cardiology", "Cardiopulmonary", "Care", "Carrier", "Case",
        "Cashier", "Casino", "Casting", "Cath", "Catheterization", "Center", "Cerner", "Certified", "Chain", "Champion",
        "Change", "Charge", "Checker", "Chief", "Child", "Chinese", "Chiropractic", "Choreographer", "Chronicles",
        "Civil", "Claims", "Clarity", "Clerical", "Clerk", "Client", "Clinic", "Clinical", "Clinician", "Cloud",
        "Cloverleaf", "Club", "Cna", "Coach", "Coder", "Collection", "Collections", "Collector", "Commerce",
        "Commercial", "Communications", "Community", "Compensation", "Compliance", "Computed", "Computer",
        "Construction", "Consultant", "Consumer", "Content", "Continuity", "Contract", "Contractor", "Control",
        "Controller", "Coordinator", "Copy", "Corporate", "Correspondence", "Correspondent", "Cost", "Cota",
        "Counselor", "Counter", "Court", "Creative", "Credit", "Crew", "Critical", "Csr", "Customer", "Cytogenetic",
        "Cytogenetics", "Cytology", "Damage", "Dance", "Dancer", "Data", "Database", "Day", "Dds", "Dean", "Decorator",
        "Deep", "Delivery", "Demand", "Demonstrator", "Dental", "Dentist", "Department", "Deposit", "Dermatologist",
        "Design", "Designer", "Desk", "Desktop", "Dev", "Developer", "Development", "Diagnostic", "Diet", "Dietary",
        "Dietetic", "Dietitian", "Digital", "Direct", "Director", "Directory", "Disaster", "Disc", "Dispatcher",
        "Dispute", "Distribution", "Distributor", "District", "Division", "Doctor", "Document", "Documentation",
        "Dosimetrist", "Dtr", "Editor", "Education", "Educational", "Effects", "Electrical", "Electronic",
        "Eligibility", "Emergency", "Employee", "Employment", "End", "Energy", "Engineer", "Engineering", "Enterprise",
        "Entertainment", "Entry", "Epic", "Equipment", "Equity", "Escrow", "Estate", "Estimator", "Etl", "Evangelist",
        "Event", "Events", "Examiner", "Executive", "Exercise", "Exhibit", "Expanded", "Experience", "Expert", "Export",
        "Expressive", "Extract", "Eye", "Facilities", "Facility", "Family", "Farm", "Fashion", "Federal", "Fellow",
        "Field", "Finance", "Financial", "Fire", "First", "Fiscal", "Fitness", "Fixed", "Flight", "Floor", "Floral",
        "Foot", "Football", "Foreign", "Forensic", "Forwarder", "Founder", "Fraud", "Freight", "Front", "Full", "Fund",
        "Funeral", "Game", "Gaming", "General", "Geographic", "Gifts", "Gis", "Global", "Grant", "Grocery", "Group",
        "Growth", "Gyn", "Gynecologist", "Gynecology", "Hand", "Head", "Health", "Histology", "Home", "Hospice",
        "Hospital", "Hospitalist", "Host", "Hotel", "Housing", "Human", "Hygienist", "Icu", "Imaging", "Immunologist",
        "Immunology", "Income", "Industrial", "Informatics", "Information", "Infrastructure", "Inpatient", "Inside",
        "Inspector", "Institution", "Insurance", "Intelligence", "Intensive", "Interconnect", "Interior", "Intern",
        "Internal", "Internet", "Interpreter", "Interventional", "Invasive", "Investigator", "Job", "Jockey", "Judge",
        "Junior", "Justice", "Keeper", "Key", "Lab", "Labor", "Laboratory", "Land", "Language", "Law", "Lawyer", "Lead",
        "Leader", "Learning", "Lease", "Legal", "Liaison", "Librarian", "Licensed", "Life", "Lighting", "Livestock",
        "Load", "Loan", "Local", "Logistics", "Long", "Loss", "Lpn", "Machine", "Magistrate", "Magnetic", "Mail",
        "Major", "Maker", "Management", "Manager", "Market", "Marketing", "Master", "Material", "Maxillofacial",
        "Media", "Mediator", "Medical", "Medicine", "Member", "Memorial", "Mental", "Merchandise", "Merchandiser",
        "Merchandising", "Messenger", "Meter", "Methods", "Midwife", "Mirth", "Mobile", "Model", "Modeler", "Mohs",
        "Monitor", "Mortgage", "Motor", "Movie", "Mri", "Music", "Musical", "Naturopathic", "Navigator", "Neonatal",
        "Network", "Neurologist", "New", "News", "Night", "Nocturnist", "Non", "Nuclear", "Nurse", "Nursing",
        "Nutrition", "Nutritionist", "Obgyn", "Obstetrician", "Obstetrics", "Occupational", "Ocean", "Office",
        "Officer", "Oil", "Oncologist", "Oncology", "Online", "Operating", "Operations", "Operator", "Ophthalmic",
        "Ophthalmologist", "Ophthalmology", "Ops", "Oral", "Order", "Orthodontic", "Orthodontist", "Orthopedic",
        "Orthopedics", "Orthoptist", "Orthotic", "Orthotist", "Ota", "Outpatient", "Owner", "Page", "Paid", "Pain",
        "Painter", "Paralegal", "Paramedic", "Partner", "Parts", "Patent", "Pathologist", "Pathology", "Patient", "Pay",
        "Payer", "Payroll", "Pediatric", "Pediatrician", "Per", "Performance", "Performer", "Person", "Personal",
        "Personnel", "Pharmaceutical", "Pharmacist", "Pharmacy", "Phlebotomist", "Phlebotomy", "Photo", "Photographer",
        "Physiatrist", "Physical", "Physician", "Physiologist", "Picture", "Plan", "Planner", "Planning", "Platform",
        "Player", "Pmh", "Podiatric", "Police", "Policy", "Population", "Portfolio", "Postal", "Practical", "Practice",
        "Practitioner", "Pre", "Preparer", "President", "Prevention", "Preventive", "Primary", "Principal", "Privacy",
        "Private", "Procedures", "Processing", "Processor", "Procurement", "Producer", "Product", "Production",
        "Products", "Professional", "Program", "Programmer", "Progressive", "Project", "Proofreader", "Property",
        "Prosthetist", "Prosthodontist", "Protection", "Protocol", "Provider", "Psychiatric", "Psychiatrist", "Pta",
        "Public", "Publications", "Publicity", "Publishing", "Pulmonary", "Purchasing", "Quality", "Quantitative",
        "Radiation", "Radio", "Radiologic", "Radiologist", "Radiology", "Rate", "Reader", "Real", "Receptionist",
        "Record", "Recording", "Records", "Recreation", "Recreational", "Redevelopment", "Referee", "Regional",
        "Registered", "Registrar", "Regulatory", "Rehab", "Rehabilitation", "Reimbursement", "Relations", "Remediation",
        "Remote", "Renewable", "Rental", "Rep", "Reporter", "Representative", "Research", "Researcher", "Reservation",
        "Resident", "Residential", "Resolution", "Resonance", "Resource", "Resources", "Respiratory", "Response",
        "Restorative", "Retail", "Revenue", "Reviewer", "Rhapsody", "Risk", "Room", "Route", "Runner", "Safe", "Safety",
        "Sales", "Salesperson", "Scheduler", "School", "Science", "Scientist", "Scout", "Scribe", "Script", "Scrub",
        "Scrum", "Search", "Secretary", "Securities", "Security", "Seed", "Senior", "Service", "Services", "Set",
        "Shift", "Show", "Signal", "Site", "Slot", "Slp", "Software", "Solar", "Solutions", "Sonographer", "Sound",
        "Sourcing", "Spa", "Spanish", "Special", "Specialist", "Speech", "Sports", "Stack", "Staff", "Stage", "Station",
        "Steward", "Store", "Strategist", "Strategy", "Student", "Studio", "Success", "Summer", "Superintendent",
        "Supervisor", "Supplies", "Supply", "Support", "Surgeon", "Surgery", "Surgical", "Sustainability", "System",
        "Systems", "Taker", "Talent", "Tariff", "Tax", "Team", "Tech", "Technical", "Technician", "Technologist",
        "Technology", "Telecom", "Telecommunications", "Telegraph", "Telemarketing", "Telephone", "Television",
        "Teller", "Test", "Tester", "Testing", "Theater", "Therapeutic", "Therapist", "Therapy", "Ticket", "Time",
        "Title", "Tomography", "Trader", "Traditional", "Traffic", "Train", "Transcriber", "Transcriptionist",
        "Transform", "Translator", "Transportation", "Trauma", "Travel", "Treasurer", "Treasury", "Triage", "Trial",
        "Trust", "Tumor", "Typist", "Ultrasound", "Underwriter", "Unit", "University", "Urgent", "Urologist", "User",
        "Utility", "Value", "Vascular", "Vault", "Vehicle", "Vendor", "Vice", "Video", "Virtual", "Vision", "Visual",
        "Voice", "Vulnerability", "Wage", "Ward", "Warehouse", "Web", "Website", "Wedding", "Wellness", "Wind", "Word",
        "Worker", "Workforce", "Writer"
    }
)  # fmt: skip
LAB_WORDS = frozenset({"lab", "labs", "laboratory"})  # casefolded
LAB_KINDS = frozenset(
    {"Assistant", "Bank", "Cath", "Catheterization", "Clinical", "Computer", "Histology", "Medical", "Pathology",
     "Pharmaceutical", "Pharmacy", "Research"}
)  # fmt: skip
RANKS = frozenset({"Associate", "Charge", "Chief", "Head", "Junior", "Lead", "Master", "Principal", "Senior", "Staff"})
