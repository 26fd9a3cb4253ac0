import type { Catalog } from '../i18n';

/*
 * The Greek catalog (SPEC §2.8): every text of the add-on, keyed by its
 * English as the code writes it ({0}, {1}… are its values; "context::" keys
 * tell apart one English text with two meanings; "one|other" keys are a
 * word's plural forms). Grouped by the first file that uses the text.
 * Longer than 400 lines by nature: one line per text.
 */
export const el: Catalog = {
  number: { group: '.', decimal: ',' },
  date: 'dmy/',
  texts: {
    // src/app/menu.ts
    'Redeem points…': 'Εξαργύρωση πόντων…',
    'Register a deal…': 'Καταχώριση συμφωνίας…',
    'Growth contest…': 'Διαγωνισμός ανάπτυξης…',
    'What if…': 'Τι θα γίνει αν…',
    'Set report dates to today': 'Ορισμός σημερινής ημερομηνίας αναφοράς',
    'Insert template': 'Εισαγωγή προτύπου',
    'Bonus points (customers)': 'Πόντοι επιβράβευσης (πελάτες)',
    'Partner tiers and deals': 'Βαθμίδες συνεργατών και συμφωνίες',
    'Referral credits': 'Εκπτώσεις συστάσεων',
    'Partner levels': 'Επίπεδα συνεργατών',
    'Growth contest and leads': 'Διαγωνισμός ανάπτυξης και δυνητικοί πελάτες',
    'About Incentive Desk': 'Σχετικά με το Incentive Desk',
    // src/app/reportDates.ts
    'Report dates': 'Ημερομηνίες αναφοράς',
    'No sheet of an Incentive Desk template with a report date was found in this spreadsheet. Insert a template from the add-on menu first.':
      'Δεν βρέθηκε σε αυτό το υπολογιστικό φύλλο κανένα φύλλο προτύπου του Incentive Desk με ημερομηνία αναφοράς. Εισαγάγετε πρώτα ένα πρότυπο από το μενού του πρόσθετου.',
    'Report date set to {0} on {1} {2}: {3}.': 'Ορίστηκε ημερομηνία αναφοράς {0} σε {1} {2}: {3}.',
    'sheet|sheets': { one: 'φύλλο', other: 'φύλλα' },
    // src/app/whatIf/rulesSheet.ts
    'There is no "{0}" sheet any more. Insert the program\'s template from the add-on menu, then open What if… again.':
      'Το φύλλο «{0}» δεν υπάρχει πλέον. Εισαγάγετε το πρότυπο του προγράμματος από το μενού του πρόσθετου και ανοίξτε ξανά το «Τι θα γίνει αν…».',
    // src/app/whatIf/texts.ts
    'What if… has no program to compare in this version of the add-on.':
      'Σε αυτή την έκδοση του πρόσθετου το «Τι θα γίνει αν…» δεν έχει ακόμη κανένα πρόγραμμα για σύγκριση.',
    "No program's rules sheet is in this spreadsheet ({0}). Insert a program template from the add-on menu (Insert template), then open What if… again.":
      'Σε αυτό το υπολογιστικό φύλλο δεν υπάρχει φύλλο κανόνων κανενός προγράμματος ({0}). Εισαγάγετε ένα πρότυπο προγράμματος από το μενού του πρόσθετου («Εισαγωγή προτύπου») και ανοίξτε ξανά το «Τι θα γίνει αν…».',
    '"{0}" is not a program What if… can compare. Reopen the dialog.':
      'Το «{0}» δεν είναι πρόγραμμα που μπορεί να συγκρίνει το «Τι θα γίνει αν…». Ανοίξτε ξανά το παράθυρο.',
    'The edited table did not arrive whole (or is larger than 1,000 rows). Reopen the dialog and try again; nothing was written.':
      'Ο επεξεργασμένος πίνακας δεν παραλήφθηκε ολόκληρος (ή έχει περισσότερες από 1.000 γραμμές). Ανοίξτε ξανά το παράθυρο και δοκιμάστε πάλι· δεν έγινε καμία εγγραφή.',
    'The "{0}" sheet changed after this table was read from it, so nothing was written. Reload the table to see the sheet as it is now, then make your change again.':
      'Το φύλλο «{0}» άλλαξε αφού διαβάστηκε από αυτό ο πίνακας, οπότε δεν έγινε καμία εγγραφή. Φορτώστε ξανά τον πίνακα για να δείτε το φύλλο όπως είναι τώρα και κάντε πάλι την αλλαγή σας.',
    'The edited rules are written to the "{0}" sheet; the formulas that read it recompute.':
      'Οι επεξεργασμένοι κανόνες γράφτηκαν στο φύλλο «{0}»· οι τύποι που το διαβάζουν υπολογίζονται ξανά.',
    'The table {0}.': 'Ο πίνακας {0}.',
    'Row {0}: {1}.': 'Σειρά {0}: {1}.',
    ' ({0})': ' («{0}»)',
    'The "{0}" sheet: the table {1}': 'Φύλλο «{0}»: ο πίνακας {1}',
    'The "{0}" sheet, row {1}: {2}': 'Φύλλο «{0}», σειρά {1}: {2}',
    'The "{0}" sheet, cell {1}{2}{3}: {4}': 'Φύλλο «{0}», κελί {1}{2}{3}: {4}',
    '{0}. Correct the sheet: What if… compares the edited table with the rules the sheet holds now.':
      '{0}. Διορθώστε το φύλλο: η λειτουργία «Τι θα γινόταν αν…» συγκρίνει τον επεξεργασμένο πίνακα με τους κανόνες που περιέχει τώρα το φύλλο.',
    'The data cannot be computed under these rules: {0}.': 'Τα δεδομένα δεν μπορούν να υπολογιστούν με αυτούς τους κανόνες: {0}.',
    // src/dialogs/about/main.ts
    'Spreadsheet locale: {0}': 'Τοπικές ρυθμίσεις υπολογιστικού φύλλου: {0}',
    'Time zone: {0}': 'Ζώνη ώρας: {0}',
    'Custom functions: {0}': 'Προσαρμοσμένες συναρτήσεις: {0}',
    // src/dialogs/contest/text.ts
    'Reporting month': 'Μήνας αναφοράς',
    'Loading…': 'Φόρτωση…',
    Place: 'Θέση',
    Partner: 'Συνεργάτης',
    Growth: 'Αύξηση',
    Subscriptions: 'Συνδρομές',
    Close: 'Κλείσιμο',
    Lead: 'Δυνητικός πελάτης',
    Received: 'Λήψη',
    SLA: 'Τήρηση προθεσμιών',
    // src/dialogs/deal/text.ts
    Products: 'Προϊόντα',
    Status: 'Κατάσταση',
    Outcome: 'Έκβαση',
    open: 'ανοιχτή',
    won: 'κερδισμένη',
    lost: 'χαμένη',
    cancelled: 'ακυρωμένη',
    // src/dialogs/redeem/text.ts
    Client: 'Πελάτης',
    '— pick a client —': '— επιλέξτε πελάτη —',
    'The Clients sheet lists no clients yet.': 'Το φύλλο «Πελάτες» δεν περιέχει ακόμη πελάτες.',
    Earned: 'Κερδήθηκαν',
    Spent: 'Εξαργυρώθηκαν',
    Balance: 'Υπόλοιπο πόντων',
    'as of {0}': 'στις {0}',
    "as of {0}, also the Clients sheet's report date": 'στις {0}, που είναι και η ημερομηνία αναφοράς του φύλλου «Πελάτες»',
    Today: 'Σήμερα',
    'Report date': 'Ημερομηνία αναφοράς',
    'Today: {0} · report date: {1}': 'Σήμερα: {0} · ημερομηνία αναφοράς: {1}',
    'Balance today: {0} · on the report date {1}: {2}': 'Υπόλοιπο σήμερα: {0} · στην ημερομηνία αναφοράς {1}: {2}',
    "The Clients sheet shows its figures as of its report date; redeeming takes today's balance.":
      'Το φύλλο «Πελάτες» δείχνει τα ποσά του στην ημερομηνία αναφοράς του· η εξαργύρωση γίνεται από το σημερινό υπόλοιπο.',
    Refresh: 'Ανανέωση',
    'Refreshing…': 'Ανανέωση…',
    'Re-read from the sheets.': 'Τα δεδομένα διαβάστηκαν ξανά από τα φύλλα.',
    '{0} is no longer on the Clients sheet.': 'Ο πελάτης «{0}» δεν υπάρχει πλέον στο φύλλο «Πελάτες».',
    '{0} ({1}) — {2}': '{0} ({1}) — {2}',
    '{0} — {1}': '{0} — {1}',
    Catalog: 'Κατάλογος',
    Points: 'Πόντοι',
    Reward: 'Ανταμοιβή',
    '— pick a reward —': '— επιλέξτε ανταμοιβή —',
    Quantity: 'Ποσότητα',
    'Cost: {0} {1}': 'Κόστος: {0} {1}',
    'point|points': { one: 'πόντος', other: 'πόντοι' },
    'balance after: {0}': 'υπόλοιπο μετά: {0}',
    '{0} {1} missing': 'έλλειμμα: {0} {1}',
    'The quantity must be a whole number of 1 or more.': 'Η ποσότητα πρέπει να είναι ακέραιος αριθμός από 1 και πάνω.',
    'Pick a client first.': 'Επιλέξτε πρώτα πελάτη.',
    'Pick a reward first.': 'Επιλέξτε πρώτα ανταμοιβή.',
    Redeem: 'Εξαργύρωση',
    'Redeeming…': 'Εξαργύρωση…',
    // src/dialogs/whatif/chart.ts
    '{0}B': '{0} δισ.',
    '{0}M': '{0} εκ.',
    '{0}K': '{0} χιλ.',
    // src/dialogs/whatif/text.ts
    Program: 'Πρόγραμμα',
    Rules: 'Κανόνες',
    'The "{0}" sheet as it is now. Change any cell, add or remove rows, then Compare; nothing is written until Apply.':
      'Το φύλλο «{0}» όπως είναι τώρα. Αλλάξτε όποιο κελί θέλετε, προσθέστε ή αφαιρέστε σειρές και πατήστε «Σύγκριση»· τίποτα δεν καταχωρίζεται πριν από την «Εφαρμογή».',
    Row: 'Σειρά',
    'Add row': 'Προσθήκη σειράς',
    'Remove row {0}': 'Αφαίρεση σειράς {0}',
    '{0}, row {1}': '{0}, σειρά {1}',
    'Column, row {0}': 'Στήλη, σειρά {0}',
    'Header of column {0}': 'Κεφαλίδα στήλης {0}',
    'Computed by a formula on the sheet: a change here replaces the formula.': 'Υπολογίζεται από τύπο στο φύλλο: μια αλλαγή εδώ αντικαθιστά τον τύπο.',
    Compare: 'Σύγκριση',
    Apply: 'Εφαρμογή',
    'Reload from sheet': 'Επαναφόρτωση από το φύλλο',
    'No result changes ({0} {1}).': 'Κανένα αποτέλεσμα δεν αλλάζει ({0} {1}).',
    'row computed|rows computed': { one: 'υπολογισμένη σειρά', other: 'υπολογισμένες σειρές' },
    'The result changes in {0} of {1} {2}.': 'Το αποτέλεσμα αλλάζει σε {0} από {1} {2}.',
    'of::row|rows': { one: 'σειρά', other: 'σειρές' },
    'Rows that change': 'Σειρές που αλλάζουν',
    Name: 'Όνομα',
    Before: 'Πριν',
    After: 'Μετά',
    '…and {0} more {1}.': '…και {0} ακόμη {1}.',
    'row|rows': { one: 'σειρά', other: 'σειρές' },
    Totals: 'Σύνολα',
    Total: 'Σύνολο',
    'The table was edited after this comparison: Compare again to apply it.':
      'Ο πίνακας τροποποιήθηκε μετά από αυτή τη σύγκριση: πατήστε ξανά «Σύγκριση» για να τον εφαρμόσετε.',
    'The rules sheet changed after this table was read from it, so Apply would refuse: reload from the sheet first.':
      'Το φύλλο κανόνων άλλαξε αφού διαβάστηκε από αυτό ο πίνακας, οπότε η «Εφαρμογή» θα απορριφθεί: επαναφορτώστε πρώτα από το φύλλο.',
    'The table is as the sheet holds it: edit it to compare a change.': 'Ο πίνακας είναι ίδιος με το φύλλο: τροποποιήστε τον για να συγκρίνετε μια αλλαγή.',
    // src/kernel/functions/cells.ts
    'empty cell': 'κενό κελί',
    'invalid date': 'μη έγκυρη ημερομηνία',
    'a range': 'ένα εύρος',
    // src/kernel/functions/define.ts
    'ranges differ in size: {0} is {1}×{2}, {3} is {4}×{5}; all ranges must be the same size':
      'τα εύρη έχουν διαφορετικό μέγεθος: {0} — {1}×{2}, {3} — {4}×{5}· όλα τα εύρη πρέπει να έχουν το ίδιο μέγεθος',
    '{0} takes a single value, not a range': '{0}: απαιτείται μία τιμή, όχι εύρος',
    'internal error: produced {0}': 'εσωτερικό σφάλμα: προέκυψε {0}',
    // src/kernel/functions/errors.ts
    ', row {0}, column {1} of the range': ', σειρά {0}, στήλη {1} του εύρους',
    ', row {0} of the range': ', σειρά {0} του εύρους',
    'value::{0} {1}': '{0} {1}',
    // src/kernel/functions/readers.ts
    'is empty, but {0} is needed': 'είναι κενό, ενώ απαιτείται {0}',
    'is not a number': 'δεν είναι αριθμός',
    'a number': 'αριθμός',
    'an amount': 'ποσό',
    'is negative, but an amount cannot be': 'είναι αρνητικό, ενώ ένα ποσό δεν μπορεί να είναι αρνητικό',
    'of {0} or more': 'από {0} και πάνω',
    'from {0} to {1}': 'από {0} έως {1}',
    'a whole number': 'ακέραιος αριθμός',
    'is not a whole number {0}': 'δεν είναι ακέραιος αριθμός {0}',
    'a share': 'ποσοστό',
    'is not a share': 'δεν είναι ποσοστό',
    'a text': 'κείμενο',
    'is not a text': 'δεν είναι κείμενο',
    'is not a date (use a date cell, 2026-01-31 or 31.01.2026)': 'δεν είναι ημερομηνία (χρησιμοποιήστε κελί ημερομηνίας, 2026-01-31 ή 31.01.2026)',
    'a date': 'ημερομηνία',
    'is outside the years 1 to 9999': 'είναι εκτός του εύρους ετών 1 έως 9999',
    'a date and time': 'ημερομηνία και ώρα',
    'a word': 'λέξη',
    // src/kernel/functions/rulesTable.ts
    '"{0}"': '«{0}»',
    'is not a table: give the whole {0} range, its header row included':
      'δεν είναι πίνακας: δώστε ολόκληρο το εύρος του πίνακα «{0}», μαζί με τη σειρά κεφαλίδων',
    'is not a column of the {0} table; its columns: {1}': 'δεν είναι στήλη του πίνακα «{0}»· οι στήλες του: {1}',
    'is a second {0} column': 'είναι δεύτερη στήλη {0}',
    'has no {0} column (headers are read from its first row)': 'δεν έχει στήλη {0} (οι επικεφαλίδες διαβάζονται από την πρώτη γραμμή)',
    // src/kernel/i18n.ts
    '{0} and {1}': '{0} και {1}',
    // src/kernel/sheets/cellProblem.ts
    'The "{0}" sheet, row {1}, column {2}: {3} {4}. {5}': 'Φύλλο «{0}», γραμμή {1}, στήλη «{2}»: {3} {4}. {5}',
    'Correct the cell; nothing was written.': 'Διορθώστε το κελί· δεν έγινε καμία εγγραφή.',
    // src/kernel/sheets/dialogCall.ts
    'The request has no valid request id. Reopen the dialog and try again; nothing was written.':
      'Το αίτημα δεν έχει έγκυρο αριθμό αιτήματος. Ανοίξτε ξανά το παράθυρο και δοκιμάστε πάλι· δεν έγινε καμία εγγραφή.',
    // src/kernel/sheets/dialogs.ts
    'Redeem points': 'Εξαργύρωση πόντων',
    'Deal registration': 'Καταχώριση συμφωνίας',
    'Growth contest': 'Διαγωνισμός ανάπτυξης',
    // src/kernel/sheets/insertTemplate.ts
    'The {0} template is already in this spreadsheet (sheets: {1}). Rename or delete those sheets to insert it again; nothing was changed.':
      'Το πρότυπο «{0}» υπάρχει ήδη σε αυτό το υπολογιστικό φύλλο (φύλλα: {1}). Μετονομάστε ή διαγράψτε αυτά τα φύλλα για να το εισαγάγετε ξανά· δεν έγινε καμία αλλαγή.',
    // src/kernel/sheets/lock.ts
    'Another change to this spreadsheet is in progress. Please try again in a moment; nothing was written.':
      'Γίνεται ήδη άλλη αλλαγή σε αυτό το υπολογιστικό φύλλο. Δοκιμάστε ξανά σε λίγο· δεν έγινε καμία εγγραφή.',
    // src/kernel/sheets/refusal.ts
    'Nothing was written.': 'Δεν έγινε καμία εγγραφή.',
    // src/kernel/sheets/table.ts
    'There is no "{0}" sheet. Insert the template from the add-on menu first.':
      'Δεν υπάρχει φύλλο «{0}». Εισαγάγετε πρώτα το πρότυπο από το μενού του πρόσθετου.',
    ' right after the "{0}" column': ' αμέσως μετά τη στήλη «{0}»',
    ' in the first row': ' στην πρώτη σειρά',
    'The "{0}" sheet has no {1} column. Insert a column headed {2}{3} (a newly inserted template has it), then try again. Nothing was written.':
      'Το φύλλο «{0}» δεν έχει στήλη {1}. Εισαγάγετε στήλη με κεφαλίδα {2}{3} (ένα πρότυπο που εισάγεται εκ νέου την περιέχει) και δοκιμάστε ξανά. Δεν έγινε καμία εγγραφή.',
    'The "{0}" sheet has no {1} columns. Insert columns headed {2}{3} (a newly inserted template has them), then try again. Nothing was written.':
      'Το φύλλο «{0}» δεν έχει τις στήλες {1}. Εισαγάγετε στήλες με κεφαλίδες {2}{3} (ένα πρότυπο που εισάγεται εκ νέου τις περιέχει) και δοκιμάστε ξανά. Δεν έγινε καμία εγγραφή.',
    'On the "{0}" sheet the formula column "{1}" stands between the columns a new row is written to, so writing it would overwrite the formula. Move {2} to the left of "{3}", then try again. Nothing was written.':
      'Στο φύλλο «{0}» η στήλη τύπου «{1}» βρίσκεται ανάμεσα στις στήλες όπου γράφεται μια νέα γραμμή, οπότε η εγγραφή θα αντικαθιστούσε τον τύπο. Μετακινήστε στα αριστερά της στήλης «{3}» τα εξής: {2}. Στη συνέχεια δοκιμάστε ξανά. Δεν έγινε καμία εγγραφή.',
    // src/kernel/values/booleans.ts
    'is not yes/no (use TRUE/FALSE, 1/0, yes/no, да/нет, ναι/όχι or x)': 'δεν είναι ναι/όχι (χρησιμοποιήστε TRUE/FALSE, 1/0, ναι/όχι, yes/no, да/нет ή x)',
    // src/kernel/values/shares.ts
    'is not a share (use a fraction or a percentage like 75%)': 'δεν είναι ποσοστό (χρησιμοποιήστε δεκαδικό αριθμό ή ποσοστό, π.χ. 75%)',
    'is a negative share': 'είναι αρνητικό ποσοστό',
    'is above 100%': 'υπερβαίνει το 100%',
    // src/kernel/values/zone.ts
    'the spreadsheet\'s time zone "{0}" is not known here; choose a time zone in File > Settings':
      'η ζώνη ώρας «{0}» του υπολογιστικού φύλλου δεν είναι γνωστή εδώ· επιλέξτε ζώνη ώρας στο μενού «Αρχείο» > «Ρυθμίσεις»',
    // src/main.ts
    'internal error: {0}': 'εσωτερικό σφάλμα: {0}',
    // src/programs/bonus/rules/log.ts
    'Date | Client | Code | Value': 'Ημερομηνία | Πελάτης | Κωδικός | Τιμή',
    'is not a known code; metrics: {0}; actions: {1}': 'δεν είναι γνωστός κωδικός· δείκτες: {0}· ενέργειες: {1}',
    'is empty, but the metric {0} needs its value in the Value column': 'είναι κενό, ενώ ο δείκτης {0} χρειάζεται τιμή στη στήλη «Τιμή»',
    'is negative, but the metric {0} cannot be': 'είναι αρνητικό, ενώ ο δείκτης {0} δεν μπορεί να είναι αρνητικός',
    'is not a number (the value of the metric {0})': 'δεν είναι αριθμός (τιμή του δείκτη {0})',
    'is not a whole number of 0 or more (the count of {0} actions; empty means 1)':
      'δεν είναι ακέραιος αριθμός από 0 και πάνω (πλήθος ενεργειών {0}· κενό σημαίνει 1)',
    'is empty, but the Code column needs a metric or action code': 'είναι κενό, ενώ η στήλη «Κωδικός» χρειάζεται κωδικό δείκτη ή ενέργειας',
    // src/programs/bonus/rules/rewards.ts
    "is not a reward in the catalog; use a code ({0}) or a reward's name": 'δεν είναι ανταμοιβή του καταλόγου· χρησιμοποιήστε κωδικό ({0}) ή όνομα ανταμοιβής',
    'Date | Client | Reward | Points': 'Ημερομηνία | Πελάτης | Ανταμοιβή | Πόντοι',
    'is empty, but the Points column needs the points spent': 'είναι κενό, ενώ η στήλη «Πόντοι» χρειάζεται τους πόντους που εξαργυρώθηκαν',
    'is not a number of points': 'δεν είναι αριθμός πόντων',
    // src/programs/bonus/rules/rows.ts
    'is empty, but the Date column needs a date': 'είναι κενό, ενώ η στήλη «Ημερομηνία» χρειάζεται ημερομηνία',
    'is empty, but the Client column needs a client': 'είναι κενό, ενώ η στήλη «Πελάτης» χρειάζεται πελάτη',
    'is not a client name': 'δεν είναι όνομα πελάτη',
    // src/programs/bonus/rules/seed.ts
    'training assigned to at least {0}% of employees (any program)': 'ανατέθηκε εκπαίδευση σε τουλάχιστον {0}% των εργαζομένων (οποιοδήποτε πρόγραμμα)',
    'training completed by {0}% of the employees it was assigned to': 'ολοκλήρωσε την εκπαίδευση το {0}% των εργαζομένων στους οποίους ανατέθηκε',
    '{0}% extra free activations for each internal-training program': '{0}% επιπλέον δωρεάν ενεργοποιήσεις για κάθε πρόγραμμα εσωτερικής εκπαίδευσης',
    '{0}% discount on the next internal training contract': 'έκπτωση {0}% στο επόμενο συμβόλαιο εσωτερικής εκπαίδευσης',
    '{0}% discount on a contract with the TechnoProgress training centre': 'έκπτωση {0}% σε συμβόλαιο με το κέντρο κατάρτισης «TechnoProgress»',
    employees: 'εργαζόμενοι',
    "employees added to the client's account": 'εργαζόμενοι που προστέθηκαν στον λογαριασμό του πελάτη',
    program_sets: 'σύνολα_προγραμμάτων',
    'training program sets created': 'σύνολα εκπαιδευτικών προγραμμάτων που δημιουργήθηκαν',
    assigned: 'ανατέθηκε',
    'employees with any training assigned': 'εργαζόμενοι στους οποίους έχει ανατεθεί οποιαδήποτε εκπαίδευση',
    completed: 'ολοκληρώθηκε',
    'employees who completed training, among the assigned': 'εργαζόμενοι που ολοκλήρωσαν την εκπαίδευση, από όσους τους ανατέθηκε',
    commissions: 'επιτροπές',
    'commissions added': 'επιτροπές που προστέθηκαν',
    protocols: 'πρακτικά',
    'commission protocols formed': 'πρακτικά επιτροπών που συντάχθηκαν',
    mintrud_exports: 'εξαγωγές_υπουργείου',
    'data exports to the Ministry of Labour': 'εξαγωγές δεδομένων προς το Υπουργείο Εργασίας',
    'at least 3 employees added to the account': 'προστέθηκαν τουλάχιστον 3 εργαζόμενοι στον λογαριασμό',
    'at least one training program set created': 'δημιουργήθηκε τουλάχιστον ένα σύνολο εκπαιδευτικών προγραμμάτων',
    'training assigned to at least one employee (any program)': 'ανατέθηκε εκπαίδευση σε τουλάχιστον έναν εργαζόμενο (οποιοδήποτε πρόγραμμα)',
    'training assigned to at least three employees (any program)': 'ανατέθηκε εκπαίδευση σε τουλάχιστον τρεις εργαζόμενους (οποιοδήποτε πρόγραμμα)',
    'a commission added': 'προστέθηκε επιτροπή',
    '1 or more commission protocols formed': 'συντάχθηκαν 1 ή περισσότερα πρακτικά επιτροπής',
    'data exported to the Ministry of Labour': 'έγινε εξαγωγή δεδομένων προς το Υπουργείο Εργασίας',
    'more than 1 commission protocol formed (2 or more)': 'συντάχθηκαν περισσότερα από 1 πρακτικά επιτροπής (2 ή περισσότερα)',
    'more than 2 commission protocols formed (3 or more)': 'συντάχθηκαν περισσότερα από 2 πρακτικά επιτροπής (3 ή περισσότερα)',
    feedback_feature: 'σχόλια_λειτουργίας',
    'used a new feature and gave feedback on it': 'χρήση νέας λειτουργίας και σχόλια γι’ αυτήν',
    feedback_module: 'σχόλια_υποσυστήματος',
    'detailed feedback on the whole internal-training module': 'αναλυτικά σχόλια για ολόκληρο το υποσύστημα εσωτερικής εκπαίδευσης',
    feedback_manager: 'σχόλια_υπευθύνου',
    "feedback on the account manager's work": 'σχόλια για το έργο του υπευθύνου λογαριασμού',
    module_purchase: 'αγορά_υποσυστήματος',
    'bought more of the internal-training module': 'πρόσθετη αγορά του υποσυστήματος εσωτερικής εκπαίδευσης',
    training_center_purchase: 'αγορά_κατάρτισης',
    'bought training at the TechnoProgress training centre': 'αγορά εκπαίδευσης από το κέντρο κατάρτισης «TechnoProgress»',
    renewal: 'ανανέωση',
    'contract prolonged': 'ανανέωση συμβολαίου',
    success_story: 'ιστορία_επιτυχίας',
    'took part in the customer success stories project': 'συμμετοχή στο έργο «Ιστορίες επιτυχίας πελατών»',
    'OZON gift certificate for 2,000 roubles': 'δωροεπιταγή OZON αξίας 2.000 ρουβλίων',
    // src/programs/bonus/rules/tableCells.ts
    Code: 'Κωδικός',
    Description: 'Περιγραφή',
    '{0} {1}': '{0} {1}',
    // src/programs/bonus/rules/whatIf.ts
    'Bonus points': 'Πόντοι επιβράβευσης',
    // src/programs/bonus/template.ts
    Clients: 'Πελάτες',
    'Access opened': 'Έναρξη πρόσβασης',
    'Points earned': 'Κερδισμένοι πόντοι',
    'Alpha Build': 'Άλφα Κατασκευαστική',
    'Beta Logistics': 'Βήτα Μεταφορική',
    'Vector Energy': 'Βέκτωρ Ενεργειακή',
    'Granite Plant': 'Γρανίτης Βιομηχανική',
    'Delta Med': 'Δέλτα Ιατρική',
    Activity: 'Δραστηριότητα',
    Date: 'Ημερομηνία',
    Value: 'Τιμή',
    Redemptions: 'Εξαργυρώσεις',
    'Request ID': 'Αριθμός αιτήματος',
    User: 'Χρήστης',
    Rewards: 'Ανταμοιβές',
    Statement: 'Καρτέλα πελάτη',
    'Reached on': 'Επιτεύχθηκε',
    Deadline: 'Προθεσμία',
    // src/programs/bonus/texts.ts
    'Pick a client. Nothing was written.': 'Επιλέξτε πελάτη. Δεν έγινε καμία εγγραφή.',
    'There is no client {0} on the Clients sheet. Pick a client from the list; nothing was written.':
      'Δεν υπάρχει πελάτης {0} στο φύλλο «Πελάτες». Επιλέξτε πελάτη από τη λίστα· δεν έγινε καμία εγγραφή.',
    'Pick a reward. Nothing was written.': 'Επιλέξτε ανταμοιβή. Δεν έγινε καμία εγγραφή.',
    '{0} is not a reward in the catalog. Pick a reward from the list; nothing was written.':
      'Δεν υπάρχει ανταμοιβή {0} στον κατάλογο. Επιλέξτε ανταμοιβή από τη λίστα· δεν έγινε καμία εγγραφή.',
    'The quantity{0} must be a whole number of 1 or more. Nothing was written.':
      'Η ποσότητα{0} πρέπει να είναι ακέραιος αριθμός από 1 και πάνω. Δεν έγινε καμία εγγραφή.',
    '{0} has {1}, but {2} × {3} costs {4}: {5} missing. Nothing was written.':
      'Ο πελάτης «{0}» δεν έχει αρκετούς πόντους. Υπόλοιπο: {1}· κόστος για {2} × {3}: {4}· έλλειμμα: {5}. Δεν έγινε καμία εγγραφή.',
    '{0} has no access date (Clients sheet, row {1}), so its points cannot be computed. Enter the date first.':
      'Ο πελάτης «{0}» δεν έχει ημερομηνία έναρξης πρόσβασης (φύλλο «Πελάτες», γραμμή {1}), οπότε δεν μπορούν να υπολογιστούν οι πόντοι του. Συμπληρώστε πρώτα την ημερομηνία.',
    'The access date of {0} (Clients sheet, row {1}) is not a date: {2}. Correct it first.':
      'Η ημερομηνία έναρξης πρόσβασης του πελάτη «{0}» (φύλλο «Πελάτες», γραμμή {1}) δεν είναι ημερομηνία: {2}. Διορθώστε την πρώτα.',
    '{0} is listed more than once on the Clients sheet (rows {1}). Keep one row per client first.':
      'Ο πελάτης «{0}» εμφανίζεται περισσότερες από μία φορές στο φύλλο «Πελάτες» (γραμμές {1}). Κρατήστε πρώτα μία γραμμή ανά πελάτη.',
    'The report date on the "{0}" sheet ({1}) is not a date: {2}. The figures below are as of today only; correct the cell to see them as of the report date too.':
      'Η ημερομηνία αναφοράς στο φύλλο «{0}» ({1}) δεν είναι ημερομηνία: {2}. Τα παρακάτω στοιχεία αφορούν μόνο τη σημερινή ημέρα· διορθώστε το κελί για να τα δείτε και κατά την ημερομηνία αναφοράς.',
    ' (already recorded: nothing new was written)': ' (έχει ήδη καταχωριστεί: δεν έγινε νέα εγγραφή)',
    '': '',
    'Redeemed {0} × {1} ({2}) for {3}{4}. Balance: {5}.': 'Έγινε εξαργύρωση {0} × {1} ({2}) για τον πελάτη «{3}»{4}. Υπόλοιπο: {5}.',
    // src/programs/growth/rules/contest.ts
    'is listed twice; each partner must appear in one row': 'εμφανίζεται δύο φορές· κάθε συνεργάτης πρέπει να υπάρχει σε μία μόνο γραμμή',
    // src/programs/growth/rules/decide.ts
    '; the leads go first to place {0}: {1}': '· οι δυνητικοί πελάτες δίνονται πρώτα στη θέση {0}: {1}',
    '{0} declined the leads for {1}; that is recorded.': 'Καταχωρίστηκε ότι ο συνεργάτης {0} αρνήθηκε τους δυνητικούς πελάτες της περιόδου {1}.',
    // src/programs/growth/rules/growth.ts
    'is too small to grow from: the growth would be beyond any number': 'είναι πολύ μικρό για υπολογισμό αύξησης: η αύξηση θα ξεπερνούσε κάθε αριθμό',
    // src/programs/growth/rules/months.ts
    January: 'Ιανουάριος',
    February: 'Φεβρουάριος',
    March: 'Μάρτιος',
    April: 'Απρίλιος',
    May: 'Μάιος',
    June: 'Ιούνιος',
    July: 'Ιούλιος',
    August: 'Αύγουστος',
    September: 'Σεπτέμβριος',
    October: 'Οκτώβριος',
    November: 'Νοέμβριος',
    December: 'Δεκέμβριος',
    // src/programs/growth/rules/seed.ts
    'first contact': 'πρώτη επαφή',
    'follow-up 3d': 'επανεπικοινωνία 3 ημερών',
    'follow-up 14d': 'επανεπικοινωνία 14 ημερών',
    winner: 'νικητής',
    declined: 'αρνήθηκε',
    late: 'με καθυστέρηση',
    overdue: 'εκπρόθεσμη',
    ok: 'ολοκληρώθηκε',
    'on track': 'εντός προθεσμίας',
    // src/programs/growth/rules/sla.ts
    'is before the lead was received': 'είναι πριν από τη λήψη του δυνητικού πελάτη',
    // src/programs/growth/rules/standings.ts
    'receives the leads during {0} as the winner for {1}, so it does not take part':
      'ως νικητής του προηγούμενου διαγωνισμού ({1}) λαμβάνει ήδη τους δυνητικούς πελάτες στον μήνα του διαγωνισμού ({0}), οπότε δεν συμμετέχει',
    'There are no invoices for {0}: there is nothing to rank.': '{0}: δεν υπάρχουν τιμολόγια, οπότε δεν υπάρχει τίποτα προς κατάταξη.',
    "There are no invoices for {0}, the month before, so nobody's growth in {1} can be computed.":
      'Δεν υπάρχουν τιμολόγια του προηγούμενου μήνα ({0}), οπότε δεν μπορεί να υπολογιστεί η αύξηση κανενός συνεργάτη στον μήνα του διαγωνισμού ({1}).',
    'has no invoice for {0}, so it has no growth to rank': 'δεν έχει τιμολόγιο για τον προηγούμενο μήνα ({0}), οπότε δεν έχει αύξηση προς κατάταξη',
    'its invoice for {0} is 0, so it has no growth to rank': 'το τιμολόγιό του για τον προηγούμενο μήνα ({0}) είναι 0, οπότε δεν έχει αύξηση προς κατάταξη',
    'Nobody can be ranked for {0}: no partner taking part has an invoice for both {1} and {2}.':
      '{0}: δεν μπορεί να γίνει κατάταξη, αφού κανένας συμμετέχων συνεργάτης δεν έχει τιμολόγια και για τους δύο μήνες ({1} και {2}).',
    // src/programs/growth/server.ts
    '"{0}" is not a month (YYYY-MM).': 'Το «{0}» δεν είναι μήνας (ΕΕΕΕ-ΜΜ).',
    'The "{0}" sheet has no invoices yet: add rows of Partner, Month, Amount and Support subscriptions.':
      'Το φύλλο «{0}» δεν έχει ακόμη τιμολόγια: προσθέστε γραμμές με τις στήλες Συνεργάτης, Μήνας, Ποσό και Συνδρομές υποστήριξης.',
    'The request has no valid id; reopen the dialog and try again.':
      'Το αίτημα δεν έχει έγκυρο αναγνωριστικό· ανοίξτε ξανά το παράθυρο διαλόγου και δοκιμάστε πάλι.',
    'Pick a partner on the podium first.': 'Επιλέξτε πρώτα έναν συνεργάτη από το βάθρο.',
    'This was recorded already; nothing new was written.': 'Αυτό έχει ήδη καταχωριστεί· δεν γράφτηκε τίποτα νέο.',
    // src/programs/growth/template.ts
    'Cloud Accounting': 'Νεφέλη Λογιστική',
    'Ural Service': 'Όλυμπος Υπηρεσίες',
    'Smart Office': 'Έξυπνο Γραφείο',
    'North IT': 'Βόρεια Πληροφορική',
    'Volga Soft': 'Αξιός Λογισμικό',
    Invoices: 'Τιμολόγια',
    Month: 'Μήνας',
    Amount: 'Ποσό',
    'Support subscriptions': 'Συνδρομές υποστήριξης',
    Contest: 'Διαγωνισμός',
    'Contest log': 'Ιστορικό διαγωνισμού',
    Result: 'Αποτέλεσμα',
    'Recorded by': 'Καταχωρίστηκε από',
    'Recorded at': 'Χρόνος καταχώρισης',
    Leads: 'Δυνητικοί πελάτες',
    'First contact': 'Πρώτη επαφή',
    'Follow-up (3 days)': 'Επανεπικοινωνία (3 ημέρες)',
    'Follow-up (14 days)': 'Επανεπικοινωνία (14 ημέρες)',
    // src/programs/growth/view.ts
    'The winner for {0} is recorded: {1}. It receives the leads during {2}.':
      'Ο νικητής της περιόδου {0} καταχωρίστηκε: «{1}». Λαμβάνει τους δυνητικούς πελάτες την περίοδο {2}.',
    'The leads for {0} go to place {1}: {2}. Record the winner, or "Winner declined" to pass the leads to the next place.':
      'Τους δυνητικούς πελάτες της περιόδου {0} λαμβάνει η θέση {1}: «{2}». Καταχωρίστε τον νικητή ή πατήστε «Ο νικητής αρνήθηκε» για να περάσουν οι δυνητικοί πελάτες στην επόμενη θέση.',
    'Every ranked partner has declined the leads for {0}.': 'Όλοι οι συνεργάτες της κατάταξης αρνήθηκαν τους δυνητικούς πελάτες της περιόδου {0}.',
    // src/programs/levels/readers.ts
    'is not a level (use its name or its number)': 'δεν είναι επίπεδο (γράψτε το όνομα ή τον αριθμό του)',
    'is not a year (use a year such as 2026, or any date in it)': 'δεν είναι έτος (γράψτε ένα έτος, π.χ. 2026, ή οποιαδήποτε ημερομηνία του)',
    // src/programs/levels/rules/program.ts
    'is not a level; use {0} (or {1})': 'δεν είναι επίπεδο· χρησιμοποιήστε {0} (ή {1})',
    // src/programs/levels/rules/table.ts
    Level: 'Επίπεδο',
    'Base discount': 'Βασική έκπτωση',
    'Reviews bonus': 'Μπόνους αξιολογήσεων',
    'Plan bonus': 'Μπόνους στόχου',
    'Certified bonus': 'Μπόνους πιστοποιημένων',
    'Participation bonus': 'Μπόνους συμμετοχής',
    'Hosting bonus': 'Μπόνους διοργάνωσης',
    'Reviews above': 'Αξιολογήσεις πάνω από',
    'Certified above': 'Πιστοποιημένοι πάνω από',
    Cap: 'Μέγιστη έκπτωση',
    'Required certified': 'Απαιτούμενοι πιστοποιημένοι',
    'Required reviews': 'Απαιτούμενες αξιολογήσεις',
    'Marketing required': 'Απαιτείται μάρκετινγκ',
    'Announcement required': 'Απαιτείται ανακοίνωση',
    'SaaS purchases required': 'Απαιτούνται αγορές SaaS',
    'is empty, but the level needs a name': 'είναι κενό, αλλά το επίπεδο χρειάζεται όνομα',
    'is empty, but a share is needed': 'είναι κενό, αλλά χρειάζεται ποσοστό',
    'is the name of another level above; each level needs its own name': 'είναι το όνομα άλλου επιπέδου πιο πάνω· κάθε επίπεδο χρειάζεται δικό του όνομα',
    'has no levels: add one row per level under the header': 'δεν έχει επίπεδα: προσθέστε μία γραμμή ανά επίπεδο κάτω από την επικεφαλίδα',
    'is a number, but this is level {0}: a number names the level in that row, so name it {1} or give it a word':
      'είναι αριθμός, αλλά αυτό είναι το επίπεδο {0}: ένας αριθμός δηλώνει το επίπεδο της αντίστοιχης γραμμής, οπότε ονομάστε το {1} ή δώστε του όνομα με λέξεις',
    "is below the level's base discount {0}": 'είναι μικρότερο από τη βασική έκπτωση του επιπέδου ({0})',
    'plus every bonus of the level comes to {0}, above 100%: lower the bonuses or give the level a Cap':
      'μαζί με όλα τα μπόνους του επιπέδου φτάνει το {0}, πάνω από 100%: μειώστε τα μπόνους ή ορίστε Μέγιστη έκπτωση για το επίπεδο',
    Levels: 'Επίπεδα',
    'Rules: levels': 'Κανόνες επιπέδων',
    // src/programs/levels/rules/whatIf.ts
    '"{0}" is not a level': 'Το «{0}» δεν είναι επίπεδο',
    'row {0}': 'γραμμή {0}',
    '{0}: partners': '{0}: συνεργάτες',
    'Level not found': 'Το επίπεδο δεν βρέθηκε',
    'Average discount': 'Μέση έκπτωση',
    'Partners per discount band': 'Συνεργάτες ανά κλίμακα έκπτωσης',
    // src/programs/levels/rules/words.ts
    'certified specialists': 'πιστοποιημένοι ειδικοί',
    of: 'από',
    'client reviews {0} of {1} of implementations': 'αξιολογήσεις πελατών {0} από {1} των εγκαταστάσεων',
    'marketing activity': 'δραστηριότητα μάρκετινγκ',
    'participation announced on the website': 'ανακοίνωση συμμετοχής στον ιστότοπο',
    'SaaS purchases (Isolation module, licences to rent out, a year of extended support)':
      'αγορές για SaaS (μονάδα «Απομόνωση», άδειες χρήσης για εκμίσθωση, ένα έτος εκτεταμένης υποστήριξης)',
    're-registration for {0}': 'επανεγγραφή για το {0}',
    none: 'καθόλου',
    participated: 'συμμετοχή',
    hosted: 'διοργάνωση',
    'says none and an event at once; leave it empty, or name the events': 'γράφει ταυτόχρονα «καμία» και εκδήλωση· αφήστε το κενό ή γράψτε τις εκδηλώσεις',
    // src/programs/levels/template.ts
    'Reviews, share of sales (for the discount)': 'Αξιολογήσεις, ποσοστό πωλήσεων (για την έκπτωση)',
    'Sales plan met': 'Επίτευξη στόχου πωλήσεων',
    'Certified staff': 'Πιστοποιημένο προσωπικό',
    Events: 'Εκδηλώσεις',
    Discount: 'Έκπτωση',
    'Reviews, share of implementations (for requirements)': 'Αξιολογήσεις, ποσοστό εγκαταστάσεων (για τις απαιτήσεις)',
    'Marketing activity': 'Δραστηριότητα μάρκετινγκ',
    'Announced on website': 'Ανακοίνωση στον ιστότοπο',
    'SaaS purchases made': 'Έγιναν αγορές SaaS',
    'Participation year': 'Έτος συμμετοχής',
    Requirements: 'Απαιτήσεις',
    'Atlas CRM': 'Άτλας CRM',
    'Boreas Retail': 'Βορέας Λιανική',
    'Cetus Consulting': 'Κήτος Σύμβουλοι',
    'Draco Solutions': 'Δράκων Λύσεις',
    'Eridanus Cloud': 'Ηριδανός Νεφοϋπηρεσίες',
    'Fornax Group': 'Όμιλος Κάμινος',
    // src/programs/partners/functions.ts
    'is not a table: give the whole range of deals, its header row included':
      'δεν είναι πίνακας: δώστε ολόκληρο το εύρος των συμφωνιών, μαζί με τη γραμμή επικεφαλίδων',
    // src/programs/partners/rules/dealColumns.ts
    'Registered on': 'Ημερομηνία καταχώρισης',
    'deal::Tier': 'Βαθμίδα συνεργάτη',
    Customer: 'Πελάτης',
    'Tax ID': 'ΑΦΜ',
    'Last update': 'Τελευταία ενημέρωση',
    Extensions: 'Παρατάσεις',
    'has two {0} columns ({1} and {2}); keep one': 'έχει δύο στήλες «{0}» ({1} και {2})· κρατήστε μία',
    // src/programs/partners/rules/seed.ts
    individual: 'εξατομικευμένη',
    'status term': 'διάρκεια βαθμίδας',
    White: 'Λευκός',
    Bronze: 'Χάλκινος',
    Silver: 'Ασημένιος',
    Gold: 'Χρυσός',
    Trusted: 'Έμπιστος',
    marketing: 'μάρκετινγκ',
    quarterly: 'τριμηνιαία',
    'quarterly marketing': 'τριμηνιαίο μάρκετινγκ',
    monthly: 'μηνιαία',
    'monthly marketing': 'μηνιαίο μάρκετινγκ',
    sales: 'πωλήσεις',
    'sales training': 'εκπαίδευση στις πωλήσεις',
    'monthly deal reporting': 'μηνιαία αναφορά συμφωνιών',
    'dedicated sales, presales and support staff': 'αποκλειστικό προσωπικό πωλήσεων, προπωλήσεων και υποστήριξης',
    'deal::Status': 'Κατάσταση συμφωνίας',
    'duplicate of row {row}': 'διπλή εγγραφή της γραμμής {row}',
    'extensions exceeded': 'υπέρβαση παρατάσεων',
    expired: 'έληξε',
    stale: 'χωρίς ενημέρωση',
    active: 'ενεργή',
    running: 'σε εξέλιξη',
    'report due': 'αναμένεται αναφορά',
    'report overdue': 'εκπρόθεσμη αναφορά',
    reported: 'αναφορά υποβλήθηκε',
    'reported late': 'αναφορά υποβλήθηκε εκπρόθεσμα',
    // src/programs/partners/rules/table.ts
    Tier: 'Βαθμίδα',
    'Sales training': 'Εκπαίδευση πωλήσεων',
    Marketing: 'Μάρκετινγκ',
    // src/programs/partners/rules/tiers.ts
    'is not a tier benefit; use {0}': 'δεν είναι προνόμιο βαθμίδας· επιτρέπονται: {0}',
    // src/programs/partners/template.ts
    Partners: 'Συνεργάτες',
    Authorised: 'Εξουσιοδοτημένος',
    'Sales, 12 months': 'Πωλήσεις 12 μηνών',
    'Monthly deal reporting': 'Μηνιαία αναφορά συμφωνιών',
    'Dedicated staff': 'Αποκλειστικό προσωπικό',
    'For the next tier': 'Για την επόμενη βαθμίδα',
    'Leads per month': 'Δυνητικοί πελάτες ανά μήνα',
    'Orion Soft': 'Ωρίων Λογισμικό',
    'Polaris IT': 'Πολάρις Πληροφορική',
    'Vega Systems': 'Βέγκα Συστήματα',
    'Sirius Integration': 'Σείριος Ολοκληρωμένες Λύσεις',
    'Altair Group': 'Όμιλος Αλτάιρ',
    'Deneb Trade': 'Ντένεμπ Εμπορική',
    Deals: 'Συμφωνίες',
    'Expected amount': 'Αναμενόμενο ποσό',
    Expires: 'Λήξη',
    'Romashka LLC': 'Μαργαρίτα Ε.Π.Ε.',
    '"Romashka" LLC': '«Μαργαρίτα» ΕΠΕ',
    'Lotus Bank': 'Τράπεζα Λωτός Α.Ε.',
    'Birch Logistics': 'Σημύδα Εφοδιαστική Ε.Π.Ε.',
    'North Mining': 'Βόρεια Μεταλλευτική Α.Ε.',
    'Cedar Pharma': 'Κέδρος Φαρμακευτική Ε.Π.Ε.',
    'City Hospital 3': '3ο Γενικό Νοσοκομείο',
    Pilots: 'Πιλοτικές εφαρμογές',
    'Pilot start': 'Έναρξη πιλοτικής εφαρμογής',
    Days: 'Ημέρες',
    'Report received': 'Παραλαβή αναφοράς',
    // src/programs/partners/texts.ts
    'incomplete or incorrect data': 'ελλιπή ή λανθασμένα στοιχεία',
    'the partner is not authorised': 'ο συνεργάτης δεν είναι εξουσιοδοτημένος',
    'the deal is registered to another partner': 'η συμφωνία είναι καταχωρισμένη σε άλλον συνεργάτη',
    "the extension limit of the partner's tier is exhausted": 'έχει εξαντληθεί το όριο παρατάσεων της βαθμίδας του συνεργάτη',
    'Refused, reason {0}: {1}. {2} Nothing was written.': 'Απόρριψη, λόγος {0}: {1}. {2} Δεν έγινε καμία εγγραφή.',
    'pick a partner': 'επιλέξτε συνεργάτη',
    'enter the customer (its legal name)': 'συμπληρώστε τον πελάτη (την επωνυμία του)',
    'enter at least one product (a comma- or semicolon-separated list)': 'συμπληρώστε τουλάχιστον ένα προϊόν (λίστα με διαχωριστικό το κόμμα ή το σύμβολο «;»)',
    'the tax ID {0} must be 10 or 12 digits': 'ο ΑΦΜ {0} πρέπει να έχει 10 ή 12 ψηφία',
    'the expected amount {0} must be a number of 0 or more': 'το αναμενόμενο ποσό {0} πρέπει να είναι αριθμός από 0 και πάνω',
    'Pick a partner from the "{0}" sheet.': 'Επιλέξτε συνεργάτη από το φύλλο «{0}».',
    '{0} is not on the "{1}" sheet.': 'Ο συνεργάτης {0} δεν υπάρχει στο φύλλο «{1}».',
    '{0} is not ticked as Authorised on the "{1}" sheet (row {2}).':
      'Ο συνεργάτης «{0}» δεν έχει επιλεγμένο το πλαίσιο «Εξουσιοδοτημένος» στο φύλλο «{1}» (σειρά {2}).',
    'A {0} registration may be extended {1}; row {2} ({3}) has {4} {5} already.':
      'Μια καταχώριση βαθμίδας «{0}» μπορεί να παραταθεί {1}· η σειρά {2} ({3}) έχει ήδη {4} {5}.',
    'The deal with {0} (row {1}) is closed ({2}): nothing to extend or update. Nothing was written.':
      'Η συμφωνία με τον πελάτη {0} (σειρά {1}) έχει κλείσει ({2}): δεν υπάρχει κάτι για παράταση ή ενημέρωση. Δεν έγινε καμία εγγραφή.',
    'Pick a registration from the list first. Nothing was written.': 'Επιλέξτε πρώτα μια καταχώριση από τη λίστα. Δεν έγινε καμία εγγραφή.',
    'The "{0}" sheet has changed since the list was shown: the registration is no longer in its row. Reload the list and try again; nothing was written.':
      'Το φύλλο «{0}» άλλαξε από τότε που εμφανίστηκε η λίστα: η καταχώριση δεν βρίσκεται πλέον στη σειρά της. Φορτώστε ξανά τη λίστα και δοκιμάστε πάλι· δεν έγινε καμία εγγραφή.',
    '{0} is not an outcome: use open, won, lost or cancelled. Nothing was written.':
      '{0}: μη έγκυρη έκβαση· χρησιμοποιήστε ανοιχτή, κερδισμένη, χαμένη ή ακυρωμένη. Δεν έγινε καμία εγγραφή.',
    '{0} is listed more than once on the "{1}" sheet (rows {2}). Keep one row per partner first.':
      'Ο συνεργάτης «{0}» εμφανίζεται περισσότερες από μία φορές στο φύλλο «{1}» (σειρές {2}). Κρατήστε πρώτα μία σειρά ανά συνεργάτη.',
    'Correct the cell first.': 'Διορθώστε πρώτα το κελί.',
    'Registered the deal with {0} for {1} ({2}): "{3}" sheet, row {4}. The registration runs until {5}.':
      'Καταχωρίστηκε η συμφωνία με τον πελάτη {0} για τον συνεργάτη «{1}» ({2}): φύλλο «{3}», σειρά {4}. Η καταχώριση ισχύει έως τις {5}.',
    'Extended the registration of {0} (row {1}): extension {2} of {3}. It now runs until {4}.':
      'Παρατάθηκε η καταχώριση της συμφωνίας με τον πελάτη {0} (σειρά {1}): παράταση {2} από {3}. Ισχύει πλέον έως τις {4}.',
    // src/programs/referral/template.ts
    'Optima Accounting': 'Όπτιμα Λογιστική',
    'Xi Clinics': 'Ξι Κλινικές',
    Referrals: 'Συστάσεις',
    Referrer: 'Συστήνων',
    'Own annual contract': 'Ετήσιο συμβόλαιο συστήνοντος',
    'Referred customer': 'Νέος πελάτης',
    'Referred annual contract': 'Ετήσιο συμβόλαιο νέου πελάτη',
    Installed: 'Εγκαταστάθηκε',
    Credit: 'Έκπτωση',
    'Kappa Payroll': 'Κάππα Μισθοδοσία',
    'Lambda Retail': 'Λάμδα Λιανική',
    'Mu Shipping': 'Μι Ναυτιλιακή',
    'Nu Hotels': 'Νι Ξενοδοχεία',
    'Omicron Labs': 'Όμικρον Εργαστήρια',
    'Pi Dental': 'Πι Οδοντιατρική',
    'Referral schedule': 'Χρονοδιάγραμμα εκπτώσεων',
    Contract: 'Συμβόλαιο',
    'To pay': 'Πληρωτέο',
  },
};
