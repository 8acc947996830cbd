from wagtail import blocks


class ContentStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(form_classname="title", icon="title")
    paragraph = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])
    key_facts = blocks.ListBlock(blocks.CharBlock(), icon="list-ul")

    class Meta:
        template = "blocks/content_stream.html"
