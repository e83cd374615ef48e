"""The work behind the commands besides building one document: the review workbook
(`underlag`), earlier versions and their comparison (`andringar`), the reference pages
(`make docs`) and the SIE import (`import-sie`)."""
