"""assistant/answering"""
