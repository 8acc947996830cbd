from tests.translation_status.test_report import *  # noqa
def test_print(editor_client, home_page, about_page, gatekeeping_term):
    editor_client.get(REPORT)
    with CaptureQueriesContext(connection) as few:
        editor_client.get(REPORT)
    for q in few.captured_queries: print(q["sql"][:150])
    print(len(few))
