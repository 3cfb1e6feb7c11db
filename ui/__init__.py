"""ui: the Streamlit pages of the app (Dutch), one module per page, over the rows `index.reports`
computes. Every string from a document or a user is escaped before it goes into HTML."""
