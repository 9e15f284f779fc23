"""How collaboration happens: the IOP register, Frivilligkraft and the initiative form.

Each subject gets its own module here; this file only gathers their models for Django.
"""
