"""The twenty invented partnerships: names, folders and members shared by their documents."""

from __future__ import annotations

KESTRELFORD = "Kestrelford Community Safety Partnership"
KESTRELFORD_DIR = "kestrelford"
THISTLECOMBE = "Thistlecombe Safer Communities Partnership"
THISTLECOMBE_DIR = "thistlecombe"
MARLOWE = "Marlowe Vale Community Safety Partnership"
MARLOWE_DIR = "marlowe"

# Partnership A's responsible authorities and the bodies that attend without the statutory duty.
KESTRELFORD_AUTHORITIES = (
    "Kestrelford Borough Council",
    "Wessmoor Police",
    "Wessmoor Fire and Rescue Service",
    "The Probation Service (Wessmoor delivery unit)",
    "Wessmoor Integrated Care Board",
)
KESTRELFORD_ATTENDING = (
    "Kestrelford Youth Justice Service",
    "Wessmoor Public Health",
    "The Office of the Wessmoor Police and Crime Commissioner",
    "Harbour Lane Domestic Abuse Service",
)
QUILLBROOK = "Quillbrook Safer Communities Partnership"
QUILLBROOK_DIR = "quillbrook"
QUILLBROOK_BOARD = "Quillbrook Safer Communities Partnership Board"
CALDERWICK = "Calderwick and Ortonbury Crime Reduction Alliance"
CALDERWICK_DIR = "calderwick"
CALDERWICK_EXECUTIVE = "Calderwick and Ortonbury Crime Reduction Alliance Executive"
DRAYHURST = "Drayhurst Crime and Disorder Reduction Partnership"
DRAYHURST_DIR = "drayhurst"
DRAYHURST_GROUP = "Drayhurst CDRP Strategy Group"
RAVENSHOLT = "Safer Ravensholt Partnership"
RAVENSHOLT_DIR = "ravensholt"
RAVENSHOLT_BOARD = "Safer Ravensholt Board"
PELLINGHAM = "Pellingham and Stourmere Community Safety Partnership"
PELLINGHAM_DIR = "pellingham-stourmere"
PELLINGHAM_BOARD = "Pellingham and Stourmere CSP Board"
HARTLEBURN = "Hartleburn Community Safety Partnership"
HARTLEBURN_DIR = "hartleburn"
HARTLEBURN_GROUP = "Hartleburn CSP Partnership Group"
ASHWICK = "Ashwick and Mardle Safer Communities Board"
ASHWICK_DIR = "ashwick-mardle"
ASHWICK_SHORT = "AMSCB"
LINTMOOR = "Lintmoor and Scarrowby Community Safety Partnership"
LINTMOOR_DIR = "lintmoor-scarrowby"
LINTMOOR_BOARD = "Lintmoor and Scarrowby Community Safety Partnership Board"
SALLOWMERE = "Sallowmere Community Safety Partnership"
SALLOWMERE_DIR = "sallowmere"
SALLOWMERE_BOARD = "Sallowmere Community Safety Partnership Board"
ORRINDALE = "Orrindale Safer Neighbourhoods Partnership"
ORRINDALE_DIR = "orrindale"
ORRINDALE_BOARD = "Orrindale Safer Neighbourhoods Partnership Board"
AMBLEDOWN = "Ambledown Community Safety Partnership"
AMBLEDOWN_DIR = "ambledown"
AMBLEDOWN_BOARD = "Ambledown Community Safety Partnership Strategic Board"
AMBLEDOWN_PANEL = "Ambledown CSP Community Safety Fund Panel"
BRINDLECOTE = "Brindlecote Community Safety Board"
BRINDLECOTE_DIR = "brindlecote"
BRINDLECOTE_SHORT = "BCSB"
BRINDLECOTE_PANEL = "Brindlecote Community Safety Board Grants Panel"
TARNHOLT = "Tarnholt and Oxbarrow Community Safety Partnership"
TARNHOLT_DIR = "tarnholt-oxbarrow"
TARNHOLT_SHORT = "TOCSP"
TARNHOLT_BOARD = "Tarnholt and Oxbarrow Community Safety Partnership Board"
TARNHOLT_FUND = "Safer Tarnholt and Oxbarrow Fund"
CADDISFORD = "Caddisford Community Safety Partnership"
CADDISFORD_DIR = "caddisford"
CADDISFORD_SHORT = "CCSP"
CADDISFORD_BOARD = "Caddisford Community Safety Partnership Board"
CADDISFORD_FUND = "Caddisford Community Safety Fund"
CORVENBRIDGE = "Corvenbridge Community Safety Partnership"
CORVENBRIDGE_DIR = "corvenbridge"
CORVENBRIDGE_SHORT = "Corvenbridge CSP"
CORVENBRIDGE_BOARD = "Corvenbridge Community Safety Partnership Board"
CORVENBRIDGE_FUND = "Safer Corvenbridge Fund"
FALLOWDEN = "Fallowden Community Safety Partnership"
FALLOWDEN_DIR = "fallowden"
FALLOWDEN_SHORT = "Fallowden CSP"
FALLOWDEN_BOARD = "Fallowden Community Safety Partnership Board"
FALLOWDEN_FUND = "Fallowden Safer Places Fund"
FALLOWDEN_PANEL = "Fallowden CSP Small Grants Panel"
ELDERHYTHE = "Elderhythe Community Safety Partnership"
ELDERHYTHE_DIR = "elderhythe"
ELDERHYTHE_SHORT = "Elderhythe CSP"
ELDERHYTHE_BOARD = "Elderhythe Community Safety Partnership Strategic Board"
ELDERHYTHE_FUND = "Elderhythe Safer Communities Fund"
ELDERHYTHE_GROUP = "Elderhythe CSP Commissioning and Grants Group"
