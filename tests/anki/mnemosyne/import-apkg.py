# Imports an .apkg into an empty Mnemosyne collection, headless, and prints what Mnemosyne made of it as JSON:
# its card and fact counts, every message it showed, and every field value it stored.
#   /usr/bin/python3 import-apkg.py <file.apkg> <empty data folder>
import json, os, sys
from mnemosyne.script import Mnemosyne

apkg, data = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
m = Mnemosyne(data)
messages = []
widget = m.main_widget()
widget.show_error = lambda text: messages.append({"kind": "error", "text": text})
widget.show_information = lambda text: messages.append({"kind": "information", "text": text})
widget.show_question = lambda question, *options: messages.append({"kind": "question", "text": question}) or 0
anki2 = next(f for f in m.component_manager.all("file_format") if f.__class__.__name__ == "Anki2")
anki2.do_import(apkg)
db = m.database()
values = [row[0] for row in db.con.execute("select value from data_for_fact")]
print(json.dumps({"cards": db.card_count(), "facts": db.fact_count(), "messages": messages, "values": values}, ensure_ascii=False))
m.finalise()
